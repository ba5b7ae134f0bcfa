import type { RelationshipType } from './schema';

/**
 * The twelve Customer Relationship types the companion knows, in display order.
 * Ids are stable (drafts and annotations store them). Facts come from the project's source texts and
 * public knowledge; every sentence is written in our own words.
 */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  {
    id: 'transactional',
    name: 'Transactional',
    aliases: ['transactional relationship', 'one-off relationship', 'one-time transaction', 'transaction-based relationship'],
    family: 'horizon',
    summary: 'Quick, low-contact sales where a buyer may purchase once and never come back.',
    definition:
      'The relationship lasts only as long as the sale itself: the customer finds what they need, pays and leaves, ' +
      'often without speaking to anyone. Many buyers purchase once or rarely and may have no reason to return, so ' +
      'everything is built around speed and convenience rather than loyalty. It sits at the opposite end of the ' +
      'scale from long-term relationships.',
    examples: [
      {
        company: 'Ben & Jerry\'s',
        text: 'Its ice-cream vending machines let a passer-by on a hot day pay, pick a flavour and walk off with a tub straight away, with no staff involved.',
      },
      {
        company: 'Photo-Me',
        text: 'Its passport photo booths serve people who need pictures once every few years, so the whole job is a fast, reliable session.',
      },
      {
        company: 'Coinstar',
        text: 'Its coin-counting kiosks in supermarkets turn a jar of change into cash or a voucher in minutes, and most users only come by now and then.',
      },
    ],
    advantages: [
      'Efficient, fast sales',
      'Convenient for the buyer',
      'Little engagement to manage',
      'Cheap to run and easy to copy across locations',
    ],
    disadvantages: [
      'Shallow relationship with no depth',
      'Little or no customer loyalty',
      'Every sale has to be won again',
      'Hard to learn who your customers are',
    ],
    costToServe: 'low',
    automation: 65,
    phases: ['get'],
    whenToChoose: {
      segmentExpectations:
        'Pick it when customers want to get in and out fast, buy on impulse or need the offer only once, and would see any extra contact as friction.',
      acquisitionCost:
        'Works when each buyer is cheap to win, for instance through foot traffic, a good location or search, because repeat purchases will rarely pay back a high acquisition cost.',
      retentionGoal:
        'Suits businesses that do not rely on people coming back; if you need repeat visits, pair it with a long-term or loyalty element.',
      upsellNeed:
        'Limit upsell to the point of sale (a bigger size, an extra topping), because there is no later moment to sell more.',
    },
    metrics: ['conversion-rate', 'cac', 'csat', 'arpu'],
    related: ['self-service', 'automated-service', 'long-term'],
    keywords: {
      en: [
        'transactional', 'one-off', 'one-off purchase', 'one-time purchase', 'one-time sale', 'single purchase',
        'vending machine', 'pay per use', 'pay-as-you-go', 'walk-in', 'walk-in customers', 'impulse buy',
        'impulse purchase', 'no account needed', 'guest checkout', 'cash sale', 'no repeat business',
        'pay and go', 'grab and go', 'occasional buyers', 'passing trade', 'no follow-up',
      ],
      de: ['Einmalkauf', 'Einzelkauf', 'Laufkundschaft', 'Verkaufsautomat', 'Spontankauf', 'Impulskauf'],
      fr: ['achat unique', 'achat ponctuel', 'distributeur automatique', 'client de passage', 'achat d\'impulsion'],
      es: ['compra única', 'compra puntual', 'máquina expendedora', 'venta única', 'compra por impulso'],
      pt: ['compra única', 'compra pontual', 'máquina de venda automática', 'venda avulsa', 'compra por impulso'],
      it: ['acquisto singolo', 'acquisto una tantum', 'distributore automatico', 'cliente occasionale', 'acquisto d\'impulso'],
      nl: ['eenmalige aankoop', 'losse verkoop', 'verkoopautomaat', 'impulsaankoop', 'passanten'],
    },
  },
  {
    id: 'automated-service',
    name: 'Automated service',
    aliases: ['automated services', 'automated relationship', 'automated relationships', 'automation'],
    family: 'assistance',
    summary: 'Technology serves each customer without staff, often tailoring suggestions to their past behaviour.',
    definition:
      'A richer form of self-service in which software does what people would otherwise do, from chatbots that ' +
      'answer questions to engines that suggest what to watch or buy next. Algorithms learn from each customer\'s ' +
      'history and from people with similar habits, so the experience feels tailored although nobody is involved. ' +
      'Its real strength is making relevant suggestions at scale; many subscription and online services run largely this way.',
    examples: [
      {
        company: 'Netflix',
        text: 'Proposes films and series based on what each viewer has already watched, saving them a long hunt for the next thing to see.',
      },
      {
        company: 'Amazon',
        text: 'Recommends products using a shopper\'s earlier orders and what customers with similar tastes viewed or bought.',
      },
      {
        company: 'LinkedIn',
        text: 'Its "People you may know" feature proposes new contacts automatically, nudging members to grow their network.',
      },
      {
        company: 'Spotify',
        text: 'Builds personalised playlists such as Discover Weekly for every listener from what they have been playing.',
      },
    ],
    advantages: [
      'Scales to huge numbers of customers',
      'Personalised experience without staff effort',
      'Available around the clock',
      'Relevant suggestions lift usage and sales',
    ],
    disadvantages: [
      'Little or no human contact',
      'Can feel impersonal or get things wrong',
      'Over-automating can cost sales and retention where people expect a human',
      'Needs data and upfront investment in technology',
    ],
    costToServe: 'low',
    automation: 95,
    phases: ['keep', 'grow', 'get'],
    whenToChoose: {
      segmentExpectations:
        'Choose it for large, digitally comfortable segments that value speed and relevance over talking to someone; keep a human fallback for complex or sensitive issues.',
      acquisitionCost:
        'Fits customers whose acquisition cost and margin leave no budget for staff time, since serving one more user costs almost nothing.',
      retentionGoal:
        'Supports retention when personalised suggestions keep people coming back for more; watch whether removing human contact is quietly raising churn.',
      upsellNeed:
        'Strong for cross-selling: recommendation engines put related products and add-ons in front of customers at the right moment.',
    },
    metrics: ['engagement', 'conversion-rate', 'churn', 'self-service-rate', 'ces'],
    related: ['self-service', 'personal-assistance', 'transactional'],
    keywords: {
      en: [
        'automated service', 'automated', 'chatbot', 'chat bot', 'bot', 'recommendation engine', 'recommendations',
        'personalised recommendations', 'personalized recommendations', 'recommender', 'you may also like',
        'people you may know', 'AI assistant', 'virtual assistant', 'voice assistant', 'algorithm',
        'email automation', 'automated emails', 'triggered emails', 'marketing automation', 'auto-reply',
        'push notifications', 'automated onboarding', 'personalisation', 'personalization',
      ],
      de: ['Chatbot', 'Empfehlungen', 'personalisierte Empfehlungen', 'automatisiert', 'Automatisierung', 'KI-Assistent', 'E-Mail-Automatisierung'],
      fr: ['chatbot', 'agent conversationnel', 'recommandations personnalisées', 'assistant virtuel', 'automatisation', 'réponse automatique'],
      es: ['chatbot', 'recomendaciones personalizadas', 'asistente virtual', 'automatización', 'respuesta automática'],
      pt: ['chatbot', 'recomendações personalizadas', 'assistente virtual', 'automação', 'resposta automática'],
      it: ['chatbot', 'raccomandazioni personalizzate', 'assistente virtuale', 'automazione', 'risposta automatica'],
      nl: ['chatbot', 'persoonlijke aanbevelingen', 'virtuele assistent', 'automatisering', 'automatisch antwoord'],
    },
  },
  {
    id: 'self-service',
    name: 'Self-service',
    aliases: ['self service', 'DIY service', 'do-it-yourself service', 'self-service relationship'],
    family: 'assistance',
    summary: 'Customers help themselves with the tools and information you provide, without direct contact with staff.',
    definition:
      'The company provides everything a customer needs but leaves them to find, choose, buy and often finish the job ' +
      'on their own. There is no direct relationship with staff; the relationship lives in the shop layout, the website ' +
      'or the help centre. Most online shops, supermarkets and many subscription services work this way, which keeps ' +
      'costs down and puts customers in control.',
    examples: [
      {
        company: 'IKEA',
        text: 'Shoppers walk the showroom, note their picks, collect flat-packed boxes from the warehouse and assemble the furniture at home.',
      },
      {
        company: 'Tesco',
        text: 'Like most supermarkets, it lets shoppers find products, compare them on the shelf and pay at self-checkouts without asking anyone for help.',
      },
      {
        company: 'Zalando',
        text: 'As in most e-commerce, customers browse, filter, order and arrange returns online entirely by themselves.',
      },
    ],
    advantages: [
      'Cost-effective to run',
      'Gives customers control and convenience',
      'Scales easily as volume grows',
      'Savings can be passed on as lower prices',
    ],
    disadvantages: [
      'Minimal human touch',
      'Frustration when something goes wrong and nobody is there to help',
      'Fewer conversations to learn from',
      'Easy for customers to compare and walk away',
    ],
    costToServe: 'low',
    automation: 80,
    phases: ['get', 'keep'],
    whenToChoose: {
      segmentExpectations:
        'Right for customers who know what they want, watch the price and would rather act on their own schedule than wait for help.',
      acquisitionCost:
        'Good when acquisition is cheap and margins are thin, because service without staff keeps the cost per customer low.',
      retentionGoal:
        'Retention depends on a smooth experience, so invest in clear help content, easy returns and a way to reach a person when problems arise.',
      upsellNeed:
        'Upsell through layout and prompts (displays, bundles, checkout suggestions) rather than conversations; add automated recommendations if selling more matters.',
    },
    metrics: ['self-service-rate', 'ces', 'csat', 'conversion-rate', 'resolution-time'],
    related: ['automated-service', 'community', 'transactional'],
    keywords: {
      en: [
        'self-service', 'self service', 'selfservice', 'help centre', 'help center', 'FAQ', 'FAQs',
        'knowledge base', 'online portal', 'customer portal', 'self-checkout', 'self checkout', 'DIY',
        'do it yourself', 'tutorials', 'how-to guides', 'documentation', 'user manual', 'online booking',
        'account dashboard', 'flat-pack', 'serve yourself', 'help yourself', 'track your order',
      ],
      de: ['Selbstbedienung', 'Self-Service', 'Hilfe-Center', 'FAQ', 'Wissensdatenbank', 'Kundenportal', 'Selbstbedienungskasse', 'Do-it-yourself'],
      fr: ['libre-service', 'self-service', 'centre d\'aide', 'foire aux questions', 'base de connaissances', 'espace client', 'caisse automatique'],
      es: ['autoservicio', 'centro de ayuda', 'preguntas frecuentes', 'base de conocimientos', 'portal del cliente', 'caja de autopago'],
      pt: ['autoatendimento', 'self-service', 'central de ajuda', 'perguntas frequentes', 'base de conhecimento', 'portal do cliente'],
      it: ['self-service', 'fai da te', 'domande frequenti', 'base di conoscenza', 'area clienti', 'cassa automatica'],
      nl: ['zelfbediening', 'selfservice', 'helpcentrum', 'veelgestelde vragen', 'kennisbank', 'klantenportaal', 'zelfscankassa', 'doe-het-zelf'],
    },
  },
  {
    id: 'personal-assistance',
    name: 'Personal assistance',
    aliases: ['personal relationship', 'personal relationships', 'assisted service', 'human assistance', 'personal support'],
    family: 'assistance',
    summary: 'Staff help customers in person, by phone or chat, during and after the sale, without a dedicated named contact.',
    definition:
      'Customers can talk to a real employee who advises them, answers questions and solves problems, in a shop, at a ' +
      'call centre or over email and chat. Whoever is available helps, rather than someone assigned to the customer, and ' +
      'the link often ends once the deal is done, as when a salesperson shows you the features of a new suit or car. Your ' +
      'own teams sell and serve, which is typical of physical shops, luxury retail, private banking and high-value or corporate sales.',
    examples: [
      {
        company: 'Apple',
        text: 'Customers book a Genius Bar appointment in an Apple Store and get one-on-one troubleshooting and advice from a trained employee.',
      },
      {
        company: 'Louis Vuitton',
        text: 'In its boutiques, sales associates guide each client through the collection, the attentive service buyers expect from luxury retail.',
      },
      {
        company: 'Best Buy',
        text: 'Floor staff and the Geek Squad help shoppers choose electronics and sort out set-up or repair problems face to face.',
      },
    ],
    advantages: [
      'High customer satisfaction',
      'Builds trust and loyalty',
      'Handles complex questions and needs',
      'Staff hear first-hand what customers want',
    ],
    disadvantages: [
      'Resource-intensive: needs trained people',
      'Higher operating costs',
      'Quality varies from one employee to the next',
      'Grows only by hiring more staff',
    ],
    costToServe: 'high',
    automation: 15,
    phases: ['get', 'keep'],
    whenToChoose: {
      segmentExpectations:
        'Choose it when the purchase is complex, risky or emotional and customers expect advice from someone who knows the product.',
      acquisitionCost:
        'Affordable when order values or margins are high enough to pay for staff time, as with expensive goods and corporate deals.',
      retentionGoal:
        'Good service builds loyalty, but without a named contact the tie can fade after the sale; add follow-up or a long-term element if repeat business matters.',
      upsellNeed:
        'Staff can spot needs and suggest accessories, upgrades or services on the spot, which makes it effective for add-on sales.',
    },
    metrics: ['csat', 'nps', 'conversion-rate', 'resolution-time', 'repeat-purchase-rate'],
    related: ['dedicated-personal-assistance', 'direct', 'self-service'],
    keywords: {
      en: [
        'personal assistance', 'personal service', 'personal touch', 'human support', 'customer service',
        'customer service team', 'salesperson', 'sales staff', 'sales assistant', 'shop assistant', 'in-store staff',
        'in-store advice', 'expert advice', 'call centre', 'call center', 'support hotline', 'phone support',
        'live chat', 'helpdesk', 'help desk', 'service desk', 'face-to-face', 'one-on-one', 'Genius Bar',
      ],
      de: ['persönliche Beratung', 'Beratung', 'Fachberatung', 'Kundenservice', 'Kundendienst', 'Verkäufer', 'Hotline', 'Live-Chat'],
      fr: ['assistance personnelle', 'service client', 'conseiller de vente', 'vendeur', 'conseil en magasin', 'hotline'],
      es: ['asistencia personal', 'atención al cliente', 'asesoramiento personalizado', 'vendedor', 'dependiente'],
      pt: ['assistência personalizada', 'atendimento ao cliente', 'atendimento personalizado', 'vendedor', 'consultor de vendas'],
      it: ['assistenza personale', 'servizio clienti', 'consulenza personalizzata', 'commesso', 'addetto alle vendite'],
      nl: ['persoonlijke hulp', 'persoonlijk advies', 'klantenservice', 'verkoper', 'winkelpersoneel', 'helpdesk'],
    },
  },
  {
    id: 'dedicated-personal-assistance',
    name: 'Dedicated personal assistance',
    aliases: ['key account management', 'dedicated account management', 'dedicated assistance', 'high-touch service', 'concierge service'],
    family: 'assistance',
    summary: 'One named person is assigned to a customer and knows them well, like a key account manager or personal banker.',
    definition:
      'The most intimate form of assistance: a specific representative looks after one client or account over time, ' +
      'knows their history and preferences, and handles requests personally. It goes beyond standard support with ' +
      'bespoke solutions, and is common in private banking, premium cards and business-to-business key account management.',
    examples: [
      {
        company: 'American Express',
        text: 'Platinum Card members can ring a concierge to sort out, say, a flight and a room booked at the last minute for a work trip, with every detail handled for them.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'Wealthy clients are assigned their own private banker, who looks after both their banking and their investments.',
      },
      {
        company: 'Microsoft',
        text: 'Large enterprise customers work with an assigned account manager who knows their set-up and coordinates support, licences and renewals.',
      },
    ],
    advantages: [
      'Very strong loyalty',
      'Highly personalised, bespoke service',
      'Deep knowledge of each client\'s needs',
      'Early warning of problems and new opportunities',
    ],
    disadvantages: [
      'Highly resource-intensive',
      'Expensive to maintain',
      'The relationship may leave with the person',
      'Only pays off for a small number of valuable customers',
    ],
    costToServe: 'high',
    automation: 5,
    phases: ['keep', 'grow'],
    whenToChoose: {
      segmentExpectations:
        'Reserve it for high-value segments, such as wealthy individuals or large corporate accounts, that expect one person who knows them.',
      acquisitionCost:
        'Justified when both acquisition cost and lifetime value are high, so losing a single account would really hurt.',
      retentionGoal:
        'Excellent for keeping valuable customers: the personal bond and shared history make leaving feel like a loss.',
      upsellNeed:
        'Strong for growing accounts, because the assigned contact notices new needs early and can propose extra products or services.',
    },
    metrics: ['clv', 'retention-rate', 'churn', 'expansion-revenue', 'nps'],
    related: ['personal-assistance', 'long-term', 'switching-costs'],
    keywords: {
      en: [
        'dedicated account manager', 'account manager', 'account management', 'key account', 'key account manager',
        'key accounts', 'customer success manager', 'CSM', 'technical account manager', 'relationship manager',
        'personal banker', 'private banker', 'private banking', 'concierge', 'dedicated contact', 'named contact',
        'single point of contact', 'dedicated support', 'dedicated advisor', 'dedicated adviser', 'premium support',
        'white-glove', 'VIP service', 'personal stylist', 'enterprise support',
      ],
      de: ['Kundenbetreuer', 'persönlicher Ansprechpartner', 'fester Ansprechpartner', 'Key Account Manager', 'Kundenberater', 'Privatkundenberater', 'Concierge'],
      fr: ['conseiller dédié', 'gestionnaire de compte', 'chargé de clientèle', 'interlocuteur unique', 'banquier privé', 'conciergerie'],
      es: ['gestor personal', 'gestor de cuentas', 'ejecutivo de cuenta', 'asesor dedicado', 'banca privada', 'conserjería'],
      pt: ['gerente de conta', 'gestor de conta', 'consultor dedicado', 'atendimento dedicado', 'private banking', 'concierge'],
      it: ['account manager dedicato', 'gestore dedicato', 'referente dedicato', 'consulente personale', 'private banker', 'concierge'],
      nl: ['accountmanager', 'vaste contactpersoon', 'persoonlijke adviseur', 'relatiebeheerder', 'private banker', 'conciërge'],
    },
  },
  {
    id: 'co-creation',
    name: 'Co-creation',
    aliases: ['co-creation relationship', 'cocreation', 'customer co-creation', 'user co-creation'],
    family: 'engagement',
    summary: 'Customers help create the value: they design products, write reviews or make the content others come for.',
    definition:
      'Instead of only consuming, customers take part in making the offer by submitting ideas, voting, giving feedback, ' +
      'writing reviews or uploading content. The business grows as users contribute, which is why social media sites ' +
      'depend on it. It draws on customer creativity and tends to deepen attachment, because people care about what they helped build.',
    examples: [
      {
        company: 'LEGO',
        text: 'On LEGO Ideas fans submit set designs and others vote for them; chosen designs go on sale and their creator earns a share of the revenue.',
      },
      {
        company: 'YouTube',
        text: 'Almost everything on the platform is made by its creators, whose videos bring in the viewers and the advertisers.',
      },
      {
        company: 'Amazon',
        text: 'Invites buyers to rate and review what they purchased, and those reviews help other shoppers decide.',
      },
      {
        company: 'Instagram',
        text: 'Like other social media sites, its value lies in the photos, videos and comments that users post for one another.',
      },
    ],
    advantages: [
      'High customer engagement',
      'Draws on customer creativity and ideas',
      'Content and products created at low cost',
      'Strong sense of ownership and attachment to the brand',
    ],
    disadvantages: [
      'Time-consuming to run',
      'Can need significant moderation and management',
      'Quality of contributions varies',
      'Contributors may expect credit or rewards',
    ],
    costToServe: 'medium',
    automation: 60,
    phases: ['keep', 'get', 'grow'],
    whenToChoose: {
      segmentExpectations:
        'Fits segments with passionate, creative or expert users who want to shape the product and be recognised for it.',
      acquisitionCost:
        'Contributions such as reviews and shared content work as free marketing and social proof, lowering the cost of winning new customers.',
      retentionGoal:
        'Contributors tend to stay because they have put effort and identity into the platform; make their work visible and valued.',
      upsellNeed:
        'Less direct for upsell, but products designed with customers launch with an audience that is already waiting to buy.',
    },
    metrics: ['contributions', 'engagement', 'active-members', 'nps'],
    related: ['community', 'fans'],
    keywords: {
      en: [
        'co-creation', 'co-create', 'cocreation', 'co-design', 'user-generated content', 'UGC', 'user content',
        'customer reviews', 'reviews', 'ratings', 'ideas platform', 'idea submission', 'vote on ideas',
        'crowdsourcing', 'crowdsourced', 'user submissions', 'creators', 'creator programme', 'creator program',
        'customer feedback loop', 'beta testers', 'design contest', 'open innovation', 'customer-designed',
      ],
      de: ['Co-Creation', 'Mitgestaltung', 'Kundenbewertungen', 'Bewertungen', 'nutzergenerierte Inhalte', 'Crowdsourcing', 'Ideenplattform'],
      fr: ['co-création', 'avis clients', 'contenu généré par les utilisateurs', 'crowdsourcing', 'créateurs'],
      es: ['cocreación', 'co-creación', 'reseñas', 'opiniones de clientes', 'contenido generado por usuarios', 'creadores'],
      pt: ['cocriação', 'co-criação', 'avaliações de clientes', 'conteúdo gerado pelo usuário', 'criadores', 'crowdsourcing'],
      it: ['co-creazione', 'recensioni', 'contenuti generati dagli utenti', 'creator', 'crowdsourcing'],
      nl: ['cocreatie', 'co-creatie', 'klantbeoordelingen', 'reviews', 'door gebruikers gemaakte content', 'crowdsourcing'],
    },
  },
  {
    id: 'community',
    name: 'Community',
    aliases: ['communities', 'user communities', 'member communities', 'community relationship'],
    family: 'engagement',
    summary: 'Users connect with each other and the brand to share knowledge, solve problems and feel they belong.',
    definition:
      'The company hosts or supports a space, such as an online forum, user group, meetup or social channel, where ' +
      'customers swap knowledge and help one another. Much of the support and engagement comes from other users rather ' +
      'than staff, so it only works while members stay active. It gives people a sense of belonging around a shared ' +
      'interest and lets the business listen closely to what they say.',
    examples: [
      {
        company: 'Adobe',
        text: 'Its creative forums and community pages let users post their work, get feedback and enter challenges, learning from each other.',
      },
      {
        company: 'Avid',
        text: 'Users of its video editing software go to a message board to search earlier answers or post a question for fellow users to answer.',
      },
      {
        company: 'Apple',
        text: 'Apple Support Communities let owners answer one another\'s questions about their devices.',
      },
      {
        company: 'GitHub',
        text: 'Developers collaborate on code, discuss issues and share what they know, and that activity is a large part of the product\'s value.',
      },
      {
        company: 'Monzo',
        text: 'In 2016 alone the digital bank held more than 100 in-person gatherings such as hackathons and meetups, next to a public forum for feedback.',
      },
    ],
    advantages: [
      'Builds loyalty',
      'Engagement around shared interests',
      'Peer support lowers support costs',
      'Direct insight into customer needs and ideas',
    ],
    disadvantages: [
      'Needs active moderation and management',
      'Negative or hostile exchanges can spread',
      'Depends on volunteers staying engaged',
      'Wrong advice from peers can go unchecked',
    ],
    costToServe: 'medium',
    automation: 55,
    phases: ['keep', 'get'],
    whenToChoose: {
      segmentExpectations:
        'Choose it when customers share a passion, a profession or a complex product and enjoy learning from peers.',
      acquisitionCost:
        'Public discussions and answers draw newcomers through search and word of mouth, which helps keep acquisition costs down.',
      retentionGoal:
        'Strong for retention: members who feel part of a group and have helped others are reluctant to leave.',
      upsellNeed:
        'Moderate; members show off advanced uses, which nudges others toward premium features or add-ons.',
    },
    metrics: ['active-members', 'engagement', 'contributions', 'retention-rate', 'self-service-rate'],
    related: ['co-creation', 'fans', 'self-service'],
    keywords: {
      en: [
        'community', 'communities', 'user community', 'online community', 'member community', 'forum', 'forums',
        'discussion board', 'message board', 'user group', 'users group', 'meetup', 'meetups', 'Discord',
        'Slack community', 'Facebook group', 'subreddit', 'peer support', 'peer-to-peer help', 'community manager',
        'community events', 'Q&A board', 'hackathon', 'knowledge sharing',
      ],
      de: ['Community', 'Gemeinschaft', 'Forum', 'Nutzerforum', 'Online-Community', 'Nutzergruppe', 'Anwendertreffen'],
      fr: ['communauté', 'communauté en ligne', 'forum', 'groupe d\'utilisateurs', 'entraide'],
      es: ['comunidad', 'comunidad de usuarios', 'foro', 'grupo de usuarios', 'ayuda entre usuarios'],
      pt: ['comunidade', 'comunidade de usuários', 'fórum', 'grupo de usuários', 'ajuda entre usuários'],
      it: ['comunità', 'community', 'forum', 'gruppo utenti', 'comunità online'],
      nl: ['gemeenschap', 'community', 'forum', 'gebruikersgroep', 'meetup'],
    },
  },
  {
    id: 'fans',
    name: 'Fans',
    aliases: ['fan relationship', 'fandom', 'brand advocacy', 'fan base'],
    family: 'engagement',
    summary: 'Enthusiastic, loyal customers who identify with the brand and promote it to others.',
    definition:
      'Some customers go beyond buying: they love the brand, wear it, turn up at its events and join its clubs. The company ' +
      'feeds that passion with exclusive gatherings, memberships and recognition, and in return fans become unpaid ' +
      'advocates who spread the word in their own circles.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'Owners join Harley Owners Group chapters, ride to exclusive rallies and wear the brand\'s gear, recruiting new riders through sheer enthusiasm.',
      },
      {
        company: 'Jeep',
        text: 'Drivers wave to each other on the road and meet at off-road events such as Jeep Jamboree weekends, turning a car into an identity.',
      },
      {
        company: 'Lululemon',
        text: 'Recruits local instructors and athletes as ambassadors who represent the brand in their studios and neighbourhoods.',
      },
    ],
    advantages: [
      'Strong word-of-mouth advocacy',
      'High customer loyalty',
      'Referrals lower marketing costs',
      'Resilience when rivals cut prices',
    ],
    disadvantages: [
      'Hard to keep enthusiasm high over time',
      'Exclusivity can put off newcomers',
      'Fans react strongly to unpopular changes',
      'Difficult to create on purpose',
    ],
    costToServe: 'medium',
    automation: 40,
    phases: ['grow', 'keep', 'get'],
    whenToChoose: {
      segmentExpectations:
        'Suits products tied to identity, lifestyle or passion (motorbikes, sport, music, gaming) where customers want to belong and show it.',
      acquisitionCost:
        'Fans recruit others for free, so once a core group exists it can cut acquisition costs sharply.',
      retentionGoal:
        'Excellent for loyalty, but only as long as you keep feeding the passion with events, access and recognition.',
      upsellNeed:
        'Fans readily buy merchandise, upgrades and experiences; limited editions and members-only offers work well.',
    },
    metrics: ['referral-rate', 'nps', 'engagement', 'clv', 'active-members'],
    related: ['community', 'co-creation', 'long-term'],
    keywords: {
      en: [
        'fans', 'fan club', 'fanclub', 'fan base', 'fanbase', 'superfans', 'brand ambassadors', 'ambassadors',
        'ambassador programme', 'ambassador program', 'brand advocates', 'advocates', 'brand evangelists',
        'enthusiasts', 'owners club', 'owners\' club', 'rallies', 'exclusive events', 'cult brand', 'brand love',
        'fan merchandise', 'tribe', 'loyal followers', 'word of mouth',
      ],
      de: ['Fans', 'Fanclub', 'Fangemeinde', 'Markenfans', 'Markenbotschafter', 'Enthusiasten'],
      fr: ['fans', 'fan-club', 'ambassadeurs', 'ambassadeurs de la marque', 'inconditionnels', 'passionnés'],
      es: ['fans', 'club de fans', 'embajadores de marca', 'seguidores fieles', 'entusiastas'],
      pt: ['fãs', 'fã-clube', 'fãs da marca', 'embaixadores da marca', 'entusiastas'],
      it: ['fan club', 'fan del marchio', 'ambasciatori del marchio', 'appassionati', 'tifosi'],
      nl: ['fans', 'fanclub', 'merkambassadeurs', 'ambassadeurs', 'liefhebbers'],
    },
  },
  {
    id: 'long-term',
    name: 'Long-term',
    aliases: ['long-term relationship', 'ongoing relationship', 'recurring relationship', 'retention relationship'],
    family: 'horizon',
    summary: 'An ongoing relationship that keeps delivering value over time, often through a subscription or membership.',
    definition:
      'The company stays in touch long after the first purchase, with regular updates, support, new features and ' +
      'customisation that keep the offer worth having. It is the far end of the scale from one-off transactions and ' +
      'usually comes with recurring payment, such as a subscription, membership or service contract. Loyalty ' +
      'programmes that reward people for coming back also belong here.',
    examples: [
      {
        company: 'Salesforce',
        text: 'Companies subscribe to its CRM and receive a steady flow of updates, new features and support, so the product keeps earning its place year after year.',
      },
      {
        company: 'Costco',
        text: 'Shoppers pay an annual membership fee, and the low prices and perks are designed to make most of them renew.',
      },
      {
        company: 'Starbucks',
        text: 'Starbucks Rewards gives members stars on every purchase, free drinks and personalised offers in its app, encouraging regular visits.',
      },
    ],
    advantages: [
      'Sustained engagement',
      'Predictable, recurring revenue',
      'Higher customer lifetime value',
      'Time to learn and improve with each customer',
    ],
    disadvantages: [
      'Must keep delivering value to earn renewals',
      'Customers can grow tired of the relationship',
      'Ongoing investment in updates and support',
      'Churn hurts as soon as value slips',
    ],
    costToServe: 'medium',
    automation: 50,
    phases: ['keep', 'grow'],
    whenToChoose: {
      segmentExpectations:
        'Pick it when customers use your offer again and again, or continuously, and want it to keep improving without buying from scratch.',
      acquisitionCost:
        'Essential when acquisition is expensive, because that cost is only earned back after months or years of recurring revenue.',
      retentionGoal:
        'This is the type for retention goals: track renewals and churn, and keep adding value so customers always have a reason to stay.',
      upsellNeed:
        'A good base for upsell, since a lasting relationship creates regular moments to offer higher tiers and add-ons.',
    },
    metrics: ['retention-rate', 'churn', 'clv', 'arpu', 'expansion-revenue', 'nps'],
    related: ['transactional', 'switching-costs', 'dedicated-personal-assistance'],
    keywords: {
      en: [
        'long-term', 'long-term relationship', 'subscription', 'subscriptions', 'subscribers',
        'membership', 'memberships', 'retainer', 'annual contract', 'renewal', 'renewals', 'recurring',
        'recurring revenue', 'loyalty programme', 'loyalty program', 'loyalty card', 'loyalty points',
        'rewards programme', 'rewards program', 'ongoing support', 'regular updates', 'continuous updates',
        'after-sales', 'aftercare', 'repeat customers',
      ],
      de: ['Abonnement', 'Mitgliedschaft', 'Treueprogramm', 'Bonusprogramm', 'Kundenkarte', 'Stammkunden', 'Jahresvertrag', 'Wartungsvertrag'],
      fr: ['abonnement', 'adhésion', 'programme de fidélité', 'carte de fidélité', 'fidélisation', 'contrat annuel', 'clients réguliers'],
      es: ['suscripción', 'membresía', 'programa de fidelización', 'tarjeta de fidelidad', 'contrato anual', 'clientes recurrentes'],
      pt: ['assinatura', 'mensalidade', 'programa de fidelidade', 'cartão fidelidade', 'contrato anual', 'clientes recorrentes'],
      it: ['abbonamento', 'programma fedeltà', 'carta fedeltà', 'tessera', 'contratto annuale', 'clienti abituali'],
      nl: ['abonnement', 'lidmaatschap', 'loyaliteitsprogramma', 'klantenkaart', 'spaarpunten', 'jaarcontract', 'vaste klanten'],
    },
  },
  {
    id: 'switching-costs',
    name: 'Switching costs',
    aliases: ['switching cost', 'lock-in', 'customer lock-in', 'sticky relationship'],
    family: 'lock-in',
    summary: 'Customers stay because leaving would cost them money, time, data or effort.',
    definition:
      'The relationship is made sticky by barriers to leaving: contracts, financing, stored data, learned workflows or ' +
      'investments that would be lost by moving to a rival. Once customers have put time and effort into your product, ' +
      'changing provider becomes financially or practically painful. The first company to build such ties in a market ' +
      'gains the most, because it holds customers before competitors arrive.',
    examples: [
      {
        company: 'T-Mobile',
        text: 'Customers who buy a phone through an installment plan are tied to the carrier until it is fully paid; leaving early means settling the balance, possible credit-score damage and plenty of hassle.',
      },
      {
        company: 'Apple',
        text: 'Photos in iCloud, purchased apps and iMessage make moving from an iPhone to another platform tedious, so many users stay within the ecosystem.',
      },
      {
        company: 'SAP',
        text: 'Firms spend years configuring its ERP software around their processes, so replacing it means costly data migration and retraining.',
      },
    ],
    advantages: [
      'High customer retention',
      'Rivals struggle to win customers over',
      'Stable, predictable revenue base',
      'Rewards being first in a market',
    ],
    disadvantages: [
      'Can breed customer resentment',
      'Limits customers\' flexibility',
      'Trapped customers leave, and complain, once they can',
      'May draw regulatory attention',
    ],
    costToServe: 'low',
    automation: 65,
    phases: ['keep'],
    whenToChoose: {
      segmentExpectations:
        'Works where customers invest effort in set-up, data or learning, or accept a commitment in exchange for a better price or device.',
      acquisitionCost:
        'Useful when winning a customer is costly or subsidised (a discounted phone, free onboarding) and you need time to earn it back.',
      retentionGoal:
        'Delivers strong retention, but pair it with real value: customers who stay only because they must will go the moment the barrier lifts.',
      upsellNeed:
        'A locked-in customer is open to add-ons within the ecosystem, but pushing upsell on top of lock-in quickly feels exploitative.',
    },
    metrics: ['churn', 'retention-rate', 'clv', 'nps'],
    related: ['long-term', 'dedicated-personal-assistance'],
    keywords: {
      en: [
        'switching costs', 'switching cost', 'high switching costs', 'hard to switch', 'lock-in', 'locked in',
        'vendor lock-in', 'tie-in', 'minimum term', 'fixed-term contract', 'exit fee', 'early termination fee',
        'cancellation fee', 'installment plan', 'instalment plan', 'device financing', 'data migration',
        'migration effort', 'proprietary format', 'ecosystem', 'deep integration', 'sunk cost', 'sticky', 'stickiness',
      ],
      de: ['Wechselkosten', 'Lock-in', 'Vertragsbindung', 'Mindestlaufzeit', 'Kündigungsgebühr', 'Ratenzahlung', 'Anbieterwechsel'],
      fr: ['coûts de changement', 'verrouillage', 'engagement de durée', 'durée minimale', 'frais de résiliation', 'paiement échelonné'],
      es: ['costes de cambio', 'costos de cambio', 'permanencia', 'penalización por cancelación', 'pago a plazos', 'dependencia del proveedor'],
      pt: ['custos de troca', 'custo de mudança', 'prazo mínimo', 'multa rescisória', 'pagamento parcelado', 'aprisionamento tecnológico'],
      it: ['costi di cambiamento', 'costi di switching', 'vincolo contrattuale', 'durata minima', 'penale di recesso', 'pagamento a rate'],
      nl: ['overstapkosten', 'lock-in', 'minimale looptijd', 'contractduur', 'opzegkosten', 'afbetaling'],
    },
  },
  {
    id: 'direct',
    name: 'Direct',
    aliases: ['direct relationship', 'direct-to-consumer', 'direct sales model', 'no intermediaries'],
    family: 'reach',
    summary: 'You sell to and serve customers yourself, with no intermediaries, keeping full control of the experience.',
    definition:
      'The company runs the whole relationship through its own channels, such as its website, app, sales team or stores, ' +
      'with no dealers or retailers in between. That gives full control over prices, information and service, and puts ' +
      'customer data and feedback straight into the company\'s hands. In exchange, it has to build and operate all of that itself.',
    examples: [
      {
        company: 'Tesla',
        text: 'Buyers order on Tesla\'s website and collect the car at a company showroom, so information and treatment stay consistent from start to finish.',
      },
      {
        company: 'Warby Parker',
        text: 'Sells its glasses through its own website and shops, with a home try-on service, instead of through independent opticians.',
      },
      {
        company: 'Dell',
        text: 'Made its name by letting customers configure and order computers straight from the manufacturer, first by phone and later online.',
      },
    ],
    advantages: [
      'Complete control of the customer experience',
      'Builds strong relationships',
      'First-hand customer data and feedback',
      'Keeps the margin an intermediary would take',
    ],
    disadvantages: [
      'Requires robust infrastructure',
      'Higher operating costs',
      'Slower to enter new markets than through partners',
      'Every service problem lands on you',
    ],
    costToServe: 'high',
    automation: 50,
    phases: ['get', 'keep', 'grow'],
    whenToChoose: {
      segmentExpectations:
        'Choose it when customers value a consistent brand experience and are happy to buy from the maker rather than a familiar store.',
      acquisitionCost:
        'You carry the full cost of acquisition (marketing, showrooms, sales staff), so it suits brands that can attract customers on their own.',
      retentionGoal:
        'Owning the relationship and the data makes it easier to follow up, personalise and keep customers.',
      upsellNeed:
        'Strong: every touchpoint is yours, so upgrades, accessories and services can be offered without a middleman taking a cut.',
    },
    metrics: ['cac', 'conversion-rate', 'csat', 'clv', 'nps'],
    related: ['indirect', 'personal-assistance', 'self-service'],
    keywords: {
      en: [
        'direct sales', 'sell direct', 'direct-to-consumer', 'direct to consumer', 'D2C', 'DTC', 'own online shop',
        'own online store', 'own webshop', 'own website', 'own stores', 'own shops', 'own showroom', 'brand store',
        'flagship store', 'company-owned stores', 'no middlemen', 'cut out the middleman', 'in-house sales team',
        'own sales force', 'factory direct', 'direct relationship',
      ],
      de: ['Direktvertrieb', 'Direktverkauf', 'eigener Onlineshop', 'eigene Filialen', 'D2C', 'ohne Zwischenhändler'],
      fr: ['vente directe', 'boutique en ligne propre', 'magasins en propre', 'en direct', 'sans intermédiaire'],
      es: ['venta directa', 'tienda online propia', 'tiendas propias', 'directo al consumidor', 'sin intermediarios'],
      pt: ['venda direta', 'loja online própria', 'lojas próprias', 'direto ao consumidor', 'sem intermediários'],
      it: ['vendita diretta', 'negozio online proprio', 'negozi monomarca', 'direttamente al consumatore', 'senza intermediari'],
      nl: ['directe verkoop', 'eigen webshop', 'eigen winkels', 'rechtstreeks aan consument', 'zonder tussenpersonen'],
    },
  },
  {
    id: 'indirect',
    name: 'Indirect',
    aliases: ['indirect relationship', 'intermediated relationship', 'partner-led relationship', 'channel partners'],
    family: 'reach',
    summary: 'Partners such as dealers, distributors or retailers handle day-to-day customer contact on your behalf.',
    definition:
      'The company reaches customers through intermediaries who sell, advise and often provide after-sales service. ' +
      'This widens reach quickly by borrowing the partners\' networks, locations and trust, but the company sees less of ' +
      'its customers and has less say over how they are treated.',
    examples: [
      {
        company: 'Ford',
        text: 'Sells its vehicles through a network of independent dealerships that run the sale, customer service and maintenance.',
      },
      {
        company: 'Toyota',
        text: 'Also relies on dealers to reach buyers around the world, accepting that the experience varies from one dealership to the next.',
      },
      {
        company: 'Procter & Gamble',
        text: 'Its brands reach shoppers through supermarkets, pharmacies and online retailers, which own the moment of purchase.',
      },
    ],
    advantages: [
      'Expands market reach quickly',
      'Uses partners\' networks and local know-how',
      'Less investment in your own infrastructure',
      'Partners carry part of the service load',
    ],
    disadvantages: [
      'Less control over the customer experience',
      'Risk of a diluted brand message',
      'Limited access to customer data',
      'Margin shared with intermediaries',
    ],
    costToServe: 'medium',
    automation: 40,
    phases: ['get'],
    whenToChoose: {
      segmentExpectations:
        'Fits when customers expect to buy locally, compare brands in one place or get service nearby from a partner they already trust.',
      acquisitionCost:
        'Partners bring existing traffic, lowering your cost of reaching new customers in return for a share of each sale.',
      retentionGoal:
        'Retention is harder to steer because the partner owns the relationship; support it with warranties, apps or product registration that link customers to you.',
      upsellNeed:
        'Upsell depends on partners\' incentives and training, so align commissions and give them the tools to sell add-ons.',
    },
    metrics: ['cac', 'conversion-rate', 'csat', 'nps'],
    related: ['direct', 'transactional'],
    keywords: {
      en: [
        'indirect', 'indirect channel', 'reseller', 'resellers', 'distributor', 'distributors', 'distribution partners',
        'dealer', 'dealers', 'dealership', 'dealer network', 'retail partners', 'retailers', 'stockists', 'wholesale',
        'wholesaler', 'marketplace', 'third-party sellers', 'channel partner', 'partner network', 'intermediaries',
        'franchise', 'franchisees', 'affiliates', 'sold through partners',
      ],
      de: ['Händlernetz', 'Vertriebspartner', 'Wiederverkäufer', 'Großhändler', 'Einzelhändler', 'Händler', 'indirekter Vertrieb'],
      fr: ['revendeur', 'revendeurs', 'concessionnaire', 'grossiste', 'réseau de distribution', 'vente indirecte'],
      es: ['distribuidores', 'revendedores', 'concesionarios', 'mayoristas', 'venta indirecta'],
      pt: ['distribuidores', 'revendedores', 'concessionárias', 'atacadistas', 'venda indireta'],
      it: ['rivenditori', 'concessionari', 'grossisti', 'rete di distribuzione', 'vendita indiretta'],
      nl: ['dealers', 'wederverkopers', 'distributeurs', 'groothandel', 'verkooppartners', 'retailpartners'],
    },
  },
];
