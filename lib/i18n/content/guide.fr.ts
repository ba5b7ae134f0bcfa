import type { GuideTexts } from './pages';
import CHECKS from './checks.fr';

/** Le guide du bloc Relations clients en français, avec les mêmes identifiants et le même ordre qu’en anglais. */
export default {
  intro:
    'Le bloc Relations clients décrit la manière dont vous entrez en relation avec chacun des segments de clientèle que vous servez. ' +
    'Une relation peut se situer n’importe où entre le tout humain et le tout automatisé, et entre un achat unique et un ' +
    'lien qui dure des années. Votre choix donne le ton de l’expérience que les clients vivent avec vous et détermine ' +
    'à quelle fréquence ils reviennent vers vous.',

  whyItMatters:
    'La façon dont vous traitez vos clients détermine combien vous en conquérez, combien restent et ce que chacun vaut ' +
    'dans la durée (la valeur vie client, souvent notée CLV ou LTV). De bonnes relations apportent des achats répétés, ' +
    'de la fidélité et des recommandations, et limitent l’attrition ; de mauvaises relations laissent filer des clients ' +
    'que vous avez payé cher pour acquérir. Sur des marchés encombrés, la relation elle-même peut faire la différence, ' +
    'comme le montrent Apple et Amazon : une bonne part de leur réussite tient à la façon dont ils prennent soin de leurs clients.',

  keyQuestions: [
    'Pour chaque segment : quel type de relation ces clients attendent-ils de nous ?',
    'Combien nous coûte chaque relation à entretenir, en personnel, en outils et en temps ?',
    'Comment la relation s’articule-t-elle avec nos canaux, notre proposition de valeur, nos revenus et nos coûts ?',
    'Aujourd’hui, notre priorité est-elle de conquérir de nouveaux clients, de fidéliser ceux que nous avons ou de leur vendre davantage ?',
    'Quelles relations nos concurrents proposent-ils, et où pourrions-nous faire mieux, ou tout simplement autrement ?',
    'Qu’est-ce qui rendrait nos clients plus fidèles qu’ils ne le sont aujourd’hui ?',
    'Quelles parties de la relation pourraient être automatisées sans perdre ce que les clients apprécient ?',
    'Un service très personnalisé est-il rentable, ou un accompagnement plus léger servirait-il aussi bien les clients ?',
    'Certains groupes de clients ont-ils besoin d’une relation différente des autres ?',
    'Le type qui nous convient dépend du coût de conquête d’un nouveau client, de la durée pendant laquelle nous voulons le garder et de notre intention de lui vendre plus tard des options ou des produits complémentaires : lequel de ces points pèse le plus ici ?',
    'La relation que les clients disent vouloir est-elle vraiment une relation que nous pouvons financer et tenir dans la durée ? Cherchez l’équilibre entre leurs souhaits et notre modèle.',
  ],

  principles: [
    'Adaptez la relation à ce que chaque segment attend et à ce qu’il est prêt à payer ; offrir un service haut de gamme à des acheteurs sensibles au prix, c’est gaspiller de l’argent.',
    'Consacrez vos efforts et votre budget aux relations qui créent de la valeur sur le long terme, pas seulement à celles qui concluent la prochaine vente.',
    'Laissez la technologie prolonger la touche personnelle : messages personnalisés, recommandations pertinentes et bons outils permettent à une petite équipe de se montrer attentive envers de nombreux clients.',
    'Offrez à vos clients un lieu où se retrouver autour de votre produit, pour qu’ils s’entraident, échangent des idées et se sentent partie prenante.',
    'Demandez souvent l’avis de vos clients, puis montrez-leur ce que vous avez changé grâce à eux.',
    'Mesurez la satisfaction et la fidélité à intervalles réguliers plutôt que de deviner ce que ressentent vos clients.',
    'Formez votre équipe pour que chaque client bénéficie de la même qualité d’expérience, quel que soit son interlocuteur et quel que soit le canal par lequel il vous joint.',
    'Pesez soigneusement l’automatisation : elle réduit le coût courant du service, mais mal placée, elle peut vous faire perdre des ventes et des clients fidèles.',
    'Gardez toujours à l’esprit le point de vue du client. L’écrivain Orison Swett Marden y voyait la règle d’or des affaires : se mettre en pensée à la place de son client.',
  ],

  combining: [
    {
      title: 'Une relation différente par segment',
      text: 'Les segments veulent rarement la même chose. Une banque peut par exemple confier ses clients fortunés à un conseiller personnel, tandis que la plupart des titulaires de compte gèrent leur argent seuls dans l’application.',
    },
    {
      title: 'Plusieurs canaux en parallèle',
      text: 'Une entreprise peut s’occuper de ses clients de plusieurs manières à la fois. Un éditeur de logiciels peut proposer des articles d’aide automatisés, animer un forum d’utilisateurs et garder malgré tout des personnes disponibles pour le support direct.',
    },
    {
      title: 'Des types qui se complètent',
      text: 'Combiner plusieurs types peut renforcer l’expérience dans son ensemble. Une boutique en ligne peut recommander des produits automatiquement tout en permettant aux clients de discuter avec une personne lorsqu’ils sont bloqués.',
    },
    {
      title: 'Des relations qui évoluent',
      text: 'La plupart des entreprises utilisent plusieurs types, et le dosage évolue à mesure que l’entreprise grandit et que les clients gagnent en maturité ; revenez donc régulièrement sur ce bloc au lieu de le considérer comme figé.',
    },
  ],

  fillingSteps: [
    {
      title: 'Comprendre ce que les clients attendent',
      text: 'Avant de choisir quoi que ce soit, découvrez quel type de contact chaque segment recherche. Appuyez-vous sur des enquêtes, des entretiens et des études de marché plus larges : veulent-ils une personne pour les aider, des outils pour se débrouiller seuls, d’autres utilisateurs dont apprendre, ou un mélange de tout cela ?',
    },
    {
      title: 'Planifier Conquérir, Fidéliser et Développer',
      text: 'Faites un zoom sur le bloc, comme le Value Proposition Canvas le fait sur les segments et les propositions de valeur. Tracez trois cases (Conquérir, Fidéliser, Développer) et inscrivez les tactiques concrètes que vous utiliserez à chaque phase ; combinez-les librement.',
    },
    {
      title: 'Résumer sur le canevas',
      text: 'De retour sur le Business Model Canvas, notez un titre court qui résume la stratégie, par exemple « Application en libre-service, conseillers dédiés pour les clients professionnels, communauté d’utilisateurs ». Le détail reste dans votre grille Conquérir, Fidéliser, Développer.',
    },
    {
      title: 'Faire du canevas une histoire simple',
      text: 'Le canevas doit raconter une histoire que l’on suit d’un coup d’œil. Il vous faudra beaucoup de préparation pour y parvenir, mais inutile de tout montrer ; Alex Osterwalder, le créateur du canevas, prévient que noyer les gens sous les détails revient à un « meurtre cognitif ».',
    },
    {
      title: 'Approfondir avec un outil complémentaire',
      text: 'Si vous souhaitez un outil dédié pour explorer ce bloc plus en profondeur, jetez un œil au Customer Connection Canvas, un complément conçu par Hani W. Naguib.',
    },
    {
      title: 'Vérifier les liens avec les autres blocs',
      text: 'Tous les blocs du canevas sont liés : modifier vos relations se répercutera sur les canaux, les coûts, les revenus et au-delà. Passez en revue les questions propres à chaque bloc voisin avant d’arrêter une version définitive.',
    },
  ],

  phases: [
    {
      id: 'get',
      name: 'Conquérir',
      goal: 'Comment attirer de nouveaux clients et les convaincre ?',
      meaning:
        'Conquérir recouvre tout ce qui transforme des inconnus en clients : susciter la notoriété et l’intérêt, puis convaincre les gens de s’inscrire ou d’acheter pour la première fois.',
      tactics: [
        'Relations presse et couverture médiatique avant et pendant le lancement',
        'Présence et campagnes sur les réseaux sociaux',
        'Recommandations et bouche-à-oreille des premiers utilisateurs',
        'Des contenus utiles : articles, vidéos, guides',
        'La rareté : listes d’attente, accès sur invitation, premières versions limitées',
        'Essais gratuits, offres freemium ou démonstrations',
        'Partenariats et événements qui vous placent devant le bon segment',
      ],
      metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
    },
    {
      id: 'keep',
      name: 'Fidéliser',
      goal: 'Comment garder les clients satisfaits et éviter qu’ils partent ?',
      meaning:
        'Fidéliser consiste à retenir les clients déjà conquis, en les servant bien et en leur donnant des raisons de rester fidèles plutôt que de glisser vers un concurrent.',
      tactics: [
        'Un service client excellent et réactif',
        'Un contact régulier : mises à jour, newsletters, prises de nouvelles',
        'Programmes de fidélité et récompenses pour les membres',
        'Événements communautaires, rencontres et forums',
        'La transparence : une feuille de route publique et des points d’avancement honnêtes',
        'Des fonctions qui s’intègrent au quotidien des clients',
        'Donner suite de façon visible aux retours des clients',
      ],
      metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
    },
    {
      id: 'grow',
      name: 'Développer',
      goal: 'Comment augmenter ce que chaque client nous rapporte ?',
      meaning:
        'Développer signifie accroître la valeur des clients existants : les amener à dépenser davantage, à acheter des produits complémentaires et à en faire venir d’autres pour vous.',
      tactics: [
        'Montée en gamme vers des formules premium ou supérieures',
        'Vente croisée de produits complémentaires et d’options',
        'Programmes de parrainage qui récompensent le parrain comme le filleul',
        'Permettre aux clients d’investir, par exemple par le financement participatif',
        'Faire des fans des ambassadeurs de la marque',
        'Offres groupées et formules annuelles ou dégressives',
      ],
      metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
    },
  ],

  frameworkOrigin:
    'Le modèle Conquérir, Fidéliser, Développer (en anglais « Get, Keep, Grow ») a été conçu par Steve Blank, entrepreneur et enseignant à qui l’on attribue souvent les fondements de la formation moderne à la création de start-up ; il l’expose dans The Startup Owner’s Manual, le livre qu’il a écrit avec Bob Dorf.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'Monzo, banque en ligne britannique, illustre de manière bien documentée le modèle Conquérir, Fidéliser, Développer. Son ancien PDG, Tom Blomfield, a ensuite décrit en détail les tactiques employées par l’équipe pour constituer sa première clientèle.',
    steps: [
      {
        phase: 'get',
        title: 'L’attention de la presse avant le lancement',
        text: 'Dès février 2015, les fondateurs se sont lancés dans la création d’une banque d’un nouveau genre en misant beaucoup sur les relations presse. Ils parlaient ouvertement de leurs projets aux journalistes, et des articles de TechCrunch, du Guardian et de Bloomberg ont suscité l’enthousiasme alors que le produit n’était pas encore disponible.',
      },
      {
        phase: 'get',
        title: 'Des cartes alpha exclusives',
        text: 'En 2015, Monzo a distribué des cartes prépayées dans le cadre d’un test alpha limité à 3 000 personnes. Inspiré des débuts de Gmail, accessible uniquement sur invitation, ce plafond rendait les cartes rares, et les heureux premiers utilisateurs se sont fait un plaisir d’en parler.',
      },
      {
        phase: 'get',
        title: 'Les « Golden Tickets »',
        text: 'En 2017, les clients existants pouvaient distribuer des « Golden Tickets » permettant à leurs amis de passer devant la liste d’attente. Environ 40 % des nouvelles inscriptions de l’année sont arrivées ainsi, sans dépense supplémentaire.',
      },
      {
        phase: 'keep',
        title: 'Rencontrer les utilisateurs en personne',
        text: 'Au cours de l’année 2016, Monzo a organisé plus de 100 événements, hackathons et meetups notamment, pour rencontrer ses utilisateurs en face à face et entendre ce qu’ils souhaitaient voir amélioré.',
      },
      {
        phase: 'keep',
        title: 'Construire en toute transparence',
        text: 'L’entreprise a rendu publique sa feuille de route et tenu ses clients informés des avancées comme des revers sur son blog et les réseaux sociaux, ce qui lui a valu leur confiance.',
      },
      {
        phase: 'keep',
        title: 'Un produit utilisé au quotidien',
        text: 'Des fonctions comme les notifications instantanées à chaque dépense, le partage facile d’une addition, l’envoi d’argent entre amis et une application conviviale ont fait de Monzo un élément de la vie de tous les jours et ont entretenu l’engagement des clients.',
      },
      {
        phase: 'grow',
        title: 'Des clients devenus investisseurs',
        text: 'Début 2016, une levée de fonds participative d’un million de livres a été bouclée en 96 secondes. Les mises individuelles étaient plafonnées pour que davantage de personnes puissent participer, et les clients ont pu investir avant le grand public, ce qui a renforcé leur attachement.',
      },
      {
        phase: 'grow',
        title: 'Une marque fondée sur l’ouverture',
        text: 'Monzo a ancré sa marque dans la communauté et la transparence, et a mis ces valeurs en pratique, par exemple en menant ouvertement avec ses clients le changement de nom de Mondo en Monzo. Beaucoup d’utilisateurs en sont devenus de fiers ambassadeurs.',
      },
      {
        phase: 'grow',
        title: 'Comptes premium et parrainage gagnant-gagnant',
        text: 'Monzo a ensuite vendu des comptes supérieurs assortis d’avantages comme une assurance voyage et une meilleure rémunération de l’épargne, et récompensé les deux parties d’un parrainage, si bien que les clients satisfaits en ont amené de nouveaux.',
      },
    ],
  },

  ...CHECKS,

  metrics: [
    {
      id: 'nps',
      name: 'Net Promoter Score',
      short: 'NPS',
      description: 'La probabilité que les clients vous recommandent, notée de 0 à 10 ; la part de promoteurs moins la part de détracteurs.',
    },
    {
      id: 'csat',
      name: 'Score de satisfaction client',
      short: 'CSAT',
      description: 'La part des clients qui jugent satisfaisant un produit, un échange ou un achat, généralement interrogés juste après.',
    },
    {
      id: 'ces',
      name: 'Score d’effort client',
      short: 'CES',
      description: 'La facilité avec laquelle les clients ont pu accomplir quelque chose avec vous, comme résoudre un problème ou mener une démarche à bien.',
    },
    {
      id: 'clv',
      name: 'Valeur vie client',
      short: 'CLV',
      description: 'Le bénéfice ou le chiffre d’affaires total que vous attendez d’un client sur toute la durée de sa relation avec vous.',
    },
    {
      id: 'churn',
      name: 'Taux d’attrition',
      short: 'Attrition',
      description: 'Le pourcentage de clients qui cessent d’acheter ou résilient au cours d’une période donnée.',
    },
    {
      id: 'retention-rate',
      name: 'Taux de rétention',
      short: 'Rétention',
      description: 'Le pourcentage des clients présents en début de période qui le sont toujours à la fin.',
    },
    {
      id: 'cac',
      name: 'Coût d’acquisition client',
      short: 'CAC',
      description: 'Ce que coûte en moyenne, en marketing et en ventes, la conquête d’un nouveau client.',
    },
    {
      id: 'conversion-rate',
      name: 'Taux de conversion',
      short: 'Conversion',
      description: 'La part des prospects, visiteurs ou utilisateurs à l’essai qui deviennent des clients payants.',
    },
    {
      id: 'repeat-purchase-rate',
      name: 'Taux de réachat',
      short: 'Réachat',
      description: 'La part des clients qui achètent chez vous plus d’une fois au cours d’une période.',
    },
    {
      id: 'arpu',
      name: 'Revenu moyen par utilisateur',
      short: 'ARPU',
      description: 'Le chiffre d’affaires total d’une période divisé par le nombre de clients ou d’utilisateurs sur cette période.',
    },
    {
      id: 'expansion-revenue',
      name: 'Revenu d’expansion',
      short: 'Expansion',
      description: 'Le chiffre d’affaires supplémentaire réalisé auprès des clients existants grâce aux montées en gamme, options, ventes croisées ou à un usage accru.',
    },
    {
      id: 'referral-rate',
      name: 'Taux de recommandation',
      short: 'Recommandation',
      description: 'La part des nouveaux clients arrivés grâce aux recommandations ou au parrainage de clients existants.',
    },
    {
      id: 'engagement',
      name: 'Engagement client',
      short: 'Engagement',
      description: 'La fréquence et l’intensité avec lesquelles les clients utilisent votre produit ou interagissent avec vous, par exemple les jours actifs ou les sessions par semaine.',
    },
    {
      id: 'active-members',
      name: 'Membres actifs de la communauté',
      short: 'Membres actifs',
      description: 'Le nombre de membres de la communauté qui publient, répondent ou participent au cours d’une période, et pas seulement les inscrits.',
    },
    {
      id: 'contributions',
      name: 'Contributions des clients',
      short: 'Contributions',
      description: 'Ce que les clients créent pour vous au cours d’une période : avis, idées, modèles, réponses ou contenus.',
    },
    {
      id: 'resolution-time',
      name: 'Délai de résolution',
      short: 'Délai de résolution',
      description: 'Le temps moyen entre le signalement d’un problème par un client et sa résolution complète.',
    },
    {
      id: 'self-service-rate',
      name: 'Taux de résolution en libre-service',
      short: 'Libre-service',
      description: 'La part des questions ou démarches des clients menées à bien sans l’aide du personnel, par exemple grâce aux articles d’aide ou à l’application.',
    },
    {
      id: 'activation-rate',
      name: 'Taux d’activation',
      short: 'Activation',
      description: 'La part des nouveaux inscrits qui atteignent un premier moment de valeur réel, comme terminer la configuration ou effectuer un premier achat.',
    },
  ],

  faq: [
    {
      question: 'Quel est le meilleur type de relation client ?',
      answer:
        'Aucun n’est le meilleur dans l’absolu. Le bon choix dépend de vos segments, de votre proposition de valeur et de votre modèle économique. Une bonne relation donne aux clients ce qu’ils attendent tout en restant économiquement viable pour vous, afin que l’entreprise puisse continuer à l’assurer.',
    },
    {
      question: 'Dois-je consacrer plus d’efforts à conquérir de nouveaux clients ou à fidéliser les clients existants ?',
      answer:
        'Garder un client coûte généralement moins cher que d’en trouver un nouveau, si bien que la fidélisation est souvent très rentable. Le bon équilibre dépend toutefois de votre stade de développement et de vos objectifs de croissance : une jeune start-up doit parfois d’abord conquérir. En pratique, la plupart des entreprises qui réussissent travaillent les deux.',
    },
    {
      question: 'Comment savoir si mes relations clients fonctionnent ?',
      answer:
        'En les mesurant. Parmi les indicateurs utiles figurent le taux d’attrition, le niveau d’engagement des clients, leur valeur vie client (CLV), les scores de satisfaction (CSAT) et le Net Promoter Score (NPS). Retenez les quelques-uns qui reflètent ce que votre stratégie relationnelle cherche à obtenir, et suivez-les régulièrement.',
    },
    {
      question: 'Puis-je utiliser plusieurs types de relation ?',
      answer:
        'Oui, et c’est le cas de la plupart des entreprises : des types différents selon les segments, plusieurs façons d’aider un même client, ou des types qui se complètent. Inscrivez les principaux sous forme de titre court sur le canevas.',
    },
    {
      question: 'Quelle est la différence entre Relations clients et Canaux ?',
      answer:
        'Les Canaux décrivent les voies par lesquelles vous atteignez vos clients, leur vendez et les livrez. Les Relations clients décrivent la nature du lien que vous construisez le long de ces voies : personnel ou automatisé, ponctuel ou durable.',
    },
  ],
} satisfies GuideTexts;
