import type { TypePages } from './pages';

/** La fiche détaillée de chaque type de relation en français : définition, exemples, avantages et limites, quand le choisir. */
export default {
  'transactional': {
    definition:
      'La relation ne dure que le temps de la vente : le client trouve ce qu’il cherche, paie et repart, souvent sans avoir ' +
      'parlé à personne. Beaucoup d’acheteurs n’achètent qu’une fois ou rarement et n’ont pas forcément de raison de ' +
      'revenir ; tout repose donc sur la rapidité et la commodité plutôt que sur la fidélité. Sur l’échelle de la durée, ' +
      'elle se situe à l’opposé de la relation de long terme.',
    examples: [
      {
        company: 'Ben & Jerry’s',
        text: 'Ses distributeurs automatiques de glace permettent au passant, un jour de chaleur, de payer, de choisir un parfum et de repartir aussitôt avec son pot, sans aucun personnel.',
      },
      {
        company: 'Photomaton',
        text: 'Ses cabines de photos d’identité servent des personnes qui n’en ont besoin qu’à plusieurs années d’intervalle ; tout l’enjeu est une séance rapide et fiable.',
      },
      {
        company: 'Coinstar',
        text: 'Ses bornes de comptage de pièces installées en grande surface transforment un bocal de monnaie en billets ou en bon d’achat en quelques minutes, et la plupart des usagers ne passent qu’occasionnellement.',
      },
    ],
    advantages: [
      'Des ventes rapides et efficaces',
      'Pratique pour l’acheteur',
      'Peu d’interactions à gérer',
      'Peu coûteux à exploiter et facile à dupliquer d’un site à l’autre',
    ],
    disadvantages: [
      'Une relation superficielle, sans profondeur',
      'Peu ou pas de fidélité',
      'Chaque vente est à reconquérir',
      'Difficile de savoir qui sont vos clients',
    ],
    whenToChoose: {
      segmentExpectations:
        'À retenir quand les clients veulent faire vite, achètent sur un coup de tête ou n’ont besoin de l’offre qu’une fois, et percevraient tout contact supplémentaire comme une gêne.',
      acquisitionCost:
        'Fonctionne lorsque chaque acheteur coûte peu à attirer, grâce au passage, à un bon emplacement ou à la recherche en ligne, car les rachats rembourseront rarement un coût d’acquisition élevé.',
      retentionGoal:
        'Convient aux activités qui ne comptent pas sur le retour des clients ; si les visites répétées comptent, associez-y un élément de long terme ou de fidélité.',
      upsellNeed:
        'Limitez la vente additionnelle au moment de l’achat (un plus grand format, un supplément), car il n’y aura pas d’autre occasion de vendre davantage.',
    },
  },
  'automated-service': {
    definition:
      'Une forme enrichie du libre-service dans laquelle le logiciel fait ce que des personnes feraient autrement, du ' +
      'chatbot qui répond aux questions au moteur qui suggère quoi regarder ou acheter ensuite. Les algorithmes apprennent ' +
      'de l’historique de chaque client et des habitudes de personnes semblables, si bien que l’expérience paraît ' +
      'personnalisée alors que personne n’intervient. Sa vraie force : des suggestions pertinentes à grande échelle ; ' +
      'de nombreux services en ligne et par abonnement fonctionnent en grande partie ainsi.',
    examples: [
      {
        company: 'Netflix',
        text: 'Propose films et séries en fonction de ce que chaque spectateur a déjà regardé, ce qui lui évite de longues recherches pour trouver quoi voir ensuite.',
      },
      {
        company: 'Amazon',
        text: 'Recommande des produits à partir des commandes passées d’un client et de ce que des clients aux goûts proches ont consulté ou acheté.',
      },
      {
        company: 'LinkedIn',
        text: 'Sa fonction « Vous connaissez peut-être » suggère automatiquement de nouveaux contacts et incite les membres à élargir leur réseau.',
      },
      {
        company: 'Deezer',
        text: 'Son Flow compose pour chaque auditeur un flux musical personnalisé à partir de ce qu’il écoute et de ce qu’il aime.',
      },
    ],
    advantages: [
      'S’adapte à un nombre immense de clients',
      'Une expérience personnalisée sans effort du personnel',
      'Disponible à toute heure',
      'Des suggestions pertinentes stimulent l’usage et les ventes',
    ],
    disadvantages: [
      'Peu ou pas de contact humain',
      'Peut sembler impersonnel ou se tromper',
      'Trop automatiser peut coûter des ventes et des clients là où l’on attend un humain',
      'Exige des données et un investissement technologique initial',
    ],
    whenToChoose: {
      segmentExpectations:
        'À choisir pour des segments larges et à l’aise avec le numérique, qui préfèrent la rapidité et la pertinence à une conversation ; gardez un recours humain pour les cas complexes ou sensibles.',
      acquisitionCost:
        'Adapté aux clients dont le coût d’acquisition et la marge ne laissent aucun budget pour du temps de personnel, puisque servir un utilisateur de plus ne coûte presque rien.',
      retentionGoal:
        'Soutient la fidélisation quand des suggestions personnalisées donnent envie de revenir ; surveillez toutefois si l’absence de contact humain fait discrètement grimper l’attrition.',
      upsellNeed:
        'Très efficace pour la vente croisée : les moteurs de recommandation présentent produits associés et options au bon moment.',
    },
  },
  'self-service': {
    definition:
      'L’entreprise fournit tout ce dont le client a besoin mais le laisse chercher, choisir, acheter et souvent terminer ' +
      'le travail lui-même. Il n’y a pas de relation directe avec le personnel ; la relation passe par l’agencement du ' +
      'magasin, le site web ou le centre d’aide. La plupart des boutiques en ligne, des supermarchés et de nombreux ' +
      'services par abonnement fonctionnent ainsi, ce qui contient les coûts et laisse la main au client.',
    examples: [
      {
        company: 'IKEA',
        text: 'Les clients parcourent le showroom, notent leurs choix, récupèrent les colis à plat dans l’entrepôt et montent les meubles chez eux.',
      },
      {
        company: 'Carrefour',
        text: 'Comme la plupart des hypermarchés, il laisse les clients trouver les produits, les comparer en rayon et régler aux caisses automatiques sans solliciter personne.',
      },
      {
        company: 'Zalando',
        text: 'Comme dans la plupart des sites marchands, les clients parcourent, filtrent, commandent et organisent leurs retours en ligne, entièrement seuls.',
      },
    ],
    advantages: [
      'Économique à exploiter',
      'Donne au client autonomie et commodité',
      'Suit sans peine la croissance des volumes',
      'Les économies peuvent se répercuter sur les prix',
    ],
    disadvantages: [
      'Très peu de contact humain',
      'De la frustration quand un problème survient et que personne n’est là pour aider',
      'Moins d’échanges dont tirer des enseignements',
      'Le client compare facilement et part sans difficulté',
    ],
    whenToChoose: {
      segmentExpectations:
        'Convient aux clients qui savent ce qu’ils veulent, surveillent les prix et préfèrent agir à leur rythme plutôt qu’attendre de l’aide.',
      acquisitionCost:
        'Pertinent quand l’acquisition est bon marché et les marges faibles, car un service sans personnel maintient un coût par client bas.',
      retentionGoal:
        'La fidélisation tient à la fluidité de l’expérience : investissez dans une aide claire, des retours simples et un moyen de joindre une personne en cas de problème.',
      upsellNeed:
        'Vendez davantage par l’agencement et les incitations (présentoirs, offres groupées, suggestions au paiement) plutôt que par la conversation ; ajoutez des recommandations automatisées si la vente additionnelle compte.',
    },
  },
  'personal-assistance': {
    definition:
      'Le client peut s’adresser à un vrai collaborateur qui le conseille, répond à ses questions et règle ses problèmes, ' +
      'en magasin, au centre d’appels, par e-mail ou par chat. C’est la personne disponible qui l’aide, et non un ' +
      'interlocuteur attitré, et le lien s’arrête souvent une fois l’affaire conclue, comme lorsqu’un vendeur vous présente ' +
      'les atouts d’un costume ou d’une voiture neuve. Ce sont vos propres équipes qui vendent et servent, ce qui est ' +
      'typique des magasins physiques, du luxe, de la banque privée et des ventes à forte valeur ou aux entreprises.',
    examples: [
      {
        company: 'Apple',
        text: 'Les clients prennent rendez-vous au Genius Bar d’un Apple Store et bénéficient d’un dépannage et de conseils en tête-à-tête avec un employé formé.',
      },
      {
        company: 'Louis Vuitton',
        text: 'Dans ses boutiques, des conseillers de vente accompagnent chaque client à travers la collection, avec l’attention que l’on attend dans le luxe.',
      },
      {
        company: 'Darty',
        text: 'Les vendeurs en magasin aident à choisir un appareil électroménager ou high-tech, et le service après-vente prend le relais pour l’installation ou la réparation.',
      },
    ],
    advantages: [
      'Une forte satisfaction client',
      'Crée confiance et fidélité',
      'Traite les questions et besoins complexes',
      'Le personnel entend directement ce que veulent les clients',
    ],
    disadvantages: [
      'Gourmand en ressources : il faut du personnel formé',
      'Des coûts de fonctionnement plus élevés',
      'Une qualité variable d’un collaborateur à l’autre',
      'Ne grandit qu’en embauchant davantage',
    ],
    whenToChoose: {
      segmentExpectations:
        'À choisir quand l’achat est complexe, risqué ou chargé d’émotion et que les clients attendent les conseils de quelqu’un qui connaît le produit.',
      acquisitionCost:
        'Abordable lorsque le panier moyen ou les marges suffisent à financer le temps du personnel, comme pour les biens coûteux et les contrats d’entreprise.',
      retentionGoal:
        'Un bon service fidélise, mais sans interlocuteur attitré le lien peut s’effacer après la vente ; prévoyez un suivi ou un élément de long terme si les achats répétés comptent.',
      upsellNeed:
        'Le personnel repère les besoins et propose sur-le-champ accessoires, montées en gamme ou services, ce qui en fait un levier efficace de ventes additionnelles.',
    },
  },
  'dedicated-personal-assistance': {
    definition:
      'La forme d’assistance la plus étroite : un interlocuteur précis s’occupe d’un client ou d’un compte dans la durée, ' +
      'connaît son historique et ses préférences et traite lui-même ses demandes. Elle va au-delà du service standard avec ' +
      'des solutions sur mesure et se rencontre couramment dans la banque privée, les cartes haut de gamme et la gestion ' +
      'des grands comptes entre entreprises.',
    examples: [
      {
        company: 'American Express',
        text: 'Les titulaires de la carte Platinum peuvent appeler un service de conciergerie qui organise, par exemple, un vol et une chambre réservés à la dernière minute pour un déplacement professionnel, en réglant chaque détail.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'Chaque client fortuné se voit attribuer son propre banquier privé, qui s’occupe à la fois de ses opérations bancaires et de ses placements.',
      },
      {
        company: 'Microsoft',
        text: 'Les grands comptes travaillent avec un responsable de compte attitré qui connaît leur environnement et coordonne support, licences et renouvellements.',
      },
    ],
    advantages: [
      'Une fidélité très forte',
      'Un service hautement personnalisé, sur mesure',
      'Une connaissance fine des besoins de chaque client',
      'Repère tôt les problèmes et les nouvelles opportunités',
    ],
    disadvantages: [
      'Très gourmand en ressources',
      'Coûteux à entretenir',
      'La relation peut partir avec la personne',
      'Ne se justifie que pour un petit nombre de clients de grande valeur',
    ],
    whenToChoose: {
      segmentExpectations:
        'À réserver aux segments à forte valeur, comme les particuliers fortunés ou les grands comptes, qui attendent un interlocuteur qui les connaît.',
      acquisitionCost:
        'Se justifie quand le coût d’acquisition comme la valeur vie client sont élevés, si bien que perdre un seul compte ferait vraiment mal.',
      retentionGoal:
        'Excellent pour garder les clients précieux : le lien personnel et l’histoire partagée font de tout départ une perte.',
      upsellNeed:
        'Très efficace pour développer les comptes, car l’interlocuteur attitré repère tôt les nouveaux besoins et peut proposer d’autres produits ou services.',
    },
  },
  'co-creation': {
    definition:
      'Au lieu de seulement consommer, les clients participent à l’élaboration de l’offre : ils soumettent des idées, ' +
      'votent, donnent leur avis, rédigent des commentaires ou publient du contenu. L’activité grandit à mesure que les ' +
      'utilisateurs contribuent, ce qui explique que les réseaux sociaux en dépendent. La co-création mobilise la ' +
      'créativité des clients et renforce généralement leur attachement, car on tient à ce que l’on a aidé à construire.',
    examples: [
      {
        company: 'LEGO',
        text: 'Sur LEGO Ideas, des fans proposent leurs modèles et d’autres votent pour eux ; les projets retenus sont commercialisés et leur auteur touche une part des ventes.',
      },
      {
        company: 'YouTube',
        text: 'Presque tout ce que l’on trouve sur la plateforme est produit par ses créateurs, dont les vidéos attirent les spectateurs et donc les annonceurs.',
      },
      {
        company: 'Amazon',
        text: 'Invite les acheteurs à noter et commenter ce qu’ils ont acheté, et ces avis aident les autres clients à se décider.',
      },
      {
        company: 'Instagram',
        text: 'Comme pour les autres réseaux sociaux, sa valeur tient aux photos, vidéos et commentaires que les utilisateurs publient les uns pour les autres.',
      },
    ],
    advantages: [
      'Un fort engagement des clients',
      'Mobilise la créativité et les idées des clients',
      'Des contenus et produits créés à faible coût',
      'Un fort sentiment d’appropriation et d’attachement à la marque',
    ],
    disadvantages: [
      'Chronophage à animer',
      'Peut exiger beaucoup de modération et de pilotage',
      'Une qualité des contributions inégale',
      'Les contributeurs peuvent attendre reconnaissance ou récompense',
    ],
    whenToChoose: {
      segmentExpectations:
        'Convient aux segments d’utilisateurs passionnés, créatifs ou experts qui veulent façonner le produit et être reconnus pour cela.',
      acquisitionCost:
        'Les contributions comme les avis et les contenus partagés font office de marketing gratuit et de preuve sociale, ce qui réduit le coût de conquête de nouveaux clients.',
      retentionGoal:
        'Les contributeurs ont tendance à rester, car ils ont investi du temps et une part de leur identité dans la plateforme ; rendez leur travail visible et valorisé.',
      upsellNeed:
        'Moins direct pour la vente additionnelle, mais un produit conçu avec les clients sort avec un public qui attend déjà de l’acheter.',
    },
  },
  'community': {
    definition:
      'L’entreprise héberge ou soutient un espace – forum en ligne, groupe d’utilisateurs, rencontre ou réseau social – où ' +
      'les clients partagent leurs connaissances et s’entraident. Une grande partie de l’aide et de l’engagement vient des ' +
      'autres utilisateurs plutôt que du personnel ; cela ne fonctionne donc que tant que les membres restent actifs. ' +
      'Elle crée un sentiment d’appartenance autour d’un intérêt commun et permet à l’entreprise d’être à l’écoute de ' +
      'ce que disent ses clients.',
    examples: [
      {
        company: 'Adobe',
        text: 'Ses forums créatifs et pages communautaires permettent aux utilisateurs de montrer leurs travaux, de recueillir des avis et de relever des défis en apprenant les uns des autres.',
      },
      {
        company: 'Avid',
        text: 'Les utilisateurs de son logiciel de montage vidéo consultent un forum pour retrouver des réponses déjà données ou poser une question à laquelle d’autres utilisateurs répondent.',
      },
      {
        company: 'Apple',
        text: 'Sur les Communautés d’assistance Apple, les propriétaires d’appareils répondent aux questions les uns des autres.',
      },
      {
        company: 'GitHub',
        text: 'Les développeurs y collaborent sur du code, discutent des tickets et partagent leur savoir, et cette activité fait une large part de la valeur du produit.',
      },
      {
        company: 'Monzo',
        text: 'Rien qu’en 2016, la banque en ligne a organisé plus de 100 rencontres en personne, hackathons et meetups, en plus d’un forum public pour recueillir les avis.',
      },
    ],
    advantages: [
      'Renforce la fidélité',
      'De l’engagement autour d’intérêts partagés',
      'L’entraide entre pairs réduit les coûts de support',
      'Un accès direct aux besoins et aux idées des clients',
    ],
    disadvantages: [
      'Exige une modération et une animation actives',
      'Les échanges négatifs ou hostiles peuvent se propager',
      'Dépend de bénévoles qui restent motivés',
      'De mauvais conseils entre pairs peuvent passer inaperçus',
    ],
    whenToChoose: {
      segmentExpectations:
        'À choisir lorsque les clients partagent une passion, un métier ou un produit complexe et aiment apprendre de leurs pairs.',
      acquisitionCost:
        'Les discussions et réponses publiques attirent de nouveaux venus par les moteurs de recherche et le bouche-à-oreille, ce qui aide à contenir le coût d’acquisition.',
      retentionGoal:
        'Très efficace pour fidéliser : les membres qui se sentent appartenir à un groupe et ont aidé les autres hésitent à partir.',
      upsellNeed:
        'Modéré ; les membres montrent des usages avancés, ce qui incite les autres à passer aux fonctions premium ou aux options.',
    },
  },
  'fans': {
    definition:
      'Certains clients vont au-delà de l’achat : ils aiment la marque, la portent, se rendent à ses événements et ' +
      'rejoignent ses clubs. L’entreprise entretient cette passion par des rassemblements exclusifs, des adhésions et des ' +
      'marques de reconnaissance ; en retour, les fans deviennent des ambassadeurs bénévoles qui la font connaître dans ' +
      'leur entourage.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'Les propriétaires rejoignent les sections du Harley Owners Group, roulent jusqu’à des rassemblements exclusifs et portent les vêtements de la marque, recrutant de nouveaux motards par leur seul enthousiasme.',
      },
      {
        company: 'Jeep',
        text: 'Les conducteurs se saluent sur la route et se retrouvent lors d’événements tout-terrain comme les week-ends Jeep Jamboree ; la voiture devient une identité.',
      },
      {
        company: 'Lululemon',
        text: 'Recrute des professeurs et des sportifs locaux comme ambassadeurs, qui représentent la marque dans leurs studios et leurs quartiers.',
      },
    ],
    advantages: [
      'Un puissant bouche-à-oreille',
      'Une grande fidélité',
      'Les recommandations réduisent les coûts marketing',
      'De la résistance quand les concurrents baissent leurs prix',
    ],
    disadvantages: [
      'Difficile d’entretenir l’enthousiasme dans la durée',
      'L’exclusivité peut rebuter les nouveaux venus',
      'Les fans réagissent vivement aux changements impopulaires',
      'Difficile à susciter délibérément',
    ],
    whenToChoose: {
      segmentExpectations:
        'Convient aux produits liés à une identité, un mode de vie ou une passion (moto, sport, musique, jeu vidéo), où les clients veulent appartenir à un groupe et le montrer.',
      acquisitionCost:
        'Les fans recrutent gratuitement : une fois un noyau dur constitué, le coût d’acquisition peut fortement baisser.',
      retentionGoal:
        'Excellent pour la fidélité, mais seulement tant que vous nourrissez la passion par des événements, des accès privilégiés et de la reconnaissance.',
      upsellNeed:
        'Les fans achètent volontiers produits dérivés, montées en gamme et expériences ; les éditions limitées et les offres réservées aux membres fonctionnent bien.',
    },
  },
  'long-term': {
    definition:
      'L’entreprise reste en contact bien après le premier achat, avec des mises à jour régulières, du support, de ' +
      'nouvelles fonctions et de la personnalisation qui maintiennent l’intérêt de l’offre. C’est l’autre extrémité de ' +
      'l’échelle par rapport à la transaction ponctuelle, et elle s’accompagne généralement d’un paiement récurrent : ' +
      'abonnement, adhésion ou contrat de service. Les programmes de fidélité qui récompensent les clients pour leur ' +
      'retour en font aussi partie.',
    examples: [
      {
        company: 'Salesforce',
        text: 'Les entreprises s’abonnent à son CRM et reçoivent un flux constant de mises à jour, de nouvelles fonctions et de support, si bien que le produit justifie sa place année après année.',
      },
      {
        company: 'Costco',
        text: 'Les clients paient une adhésion annuelle, et les prix bas comme les avantages sont pensés pour que la plupart la renouvellent.',
      },
      {
        company: 'Sephora',
        text: 'Son programme de fidélité cumule des points à chaque achat et les convertit en avantages et en offres personnalisées, ce qui encourage les clients à revenir.',
      },
    ],
    advantages: [
      'Un engagement durable',
      'Des revenus prévisibles et récurrents',
      'Une valeur vie client plus élevée',
      'Le temps d’apprendre et de s’améliorer avec chaque client',
    ],
    disadvantages: [
      'Il faut sans cesse apporter de la valeur pour mériter les renouvellements',
      'Les clients peuvent se lasser de la relation',
      'Un investissement continu dans les mises à jour et le support',
      'L’attrition fait mal dès que la valeur faiblit',
    ],
    whenToChoose: {
      segmentExpectations:
        'À retenir lorsque les clients utilisent votre offre de façon répétée ou continue et veulent qu’elle progresse sans avoir à tout racheter.',
      acquisitionCost:
        'Indispensable quand l’acquisition coûte cher, car cette dépense n’est amortie qu’après des mois ou des années de revenus récurrents.',
      retentionGoal:
        'C’est le type des objectifs de fidélisation : suivez les renouvellements et l’attrition, et ajoutez sans cesse de la valeur pour que les clients aient toujours une raison de rester.',
      upsellNeed:
        'Une bonne base pour la vente additionnelle, car une relation durable crée des occasions régulières de proposer des formules supérieures et des options.',
    },
  },
  'switching-costs': {
    definition:
      'La relation se trouve verrouillée par des obstacles au départ : contrats, financements, données stockées, habitudes ' +
      'de travail ou investissements qui seraient perdus en passant chez un concurrent. Une fois que les clients ont ' +
      'consacré temps et efforts à votre produit, changer de fournisseur devient financièrement ou pratiquement pénible. ' +
      'La première entreprise à tisser de tels liens sur un marché en tire le plus grand profit, car elle retient les ' +
      'clients avant l’arrivée des concurrents.',
    examples: [
      {
        company: 'Orange',
        text: 'Le client qui prend un smartphone avec un forfait assorti d’un engagement de 24 mois reste lié à l’opérateur ; résilier avant le terme entraîne des frais et quelques démarches.',
      },
      {
        company: 'Apple',
        text: 'Les photos dans iCloud, les applications achetées et iMessage rendent fastidieux le passage de l’iPhone à une autre plateforme, si bien que beaucoup restent dans l’écosystème.',
      },
      {
        company: 'SAP',
        text: 'Les entreprises passent des années à paramétrer son ERP selon leurs processus ; le remplacer suppose une migration de données coûteuse et de nouvelles formations.',
      },
    ],
    advantages: [
      'Une forte rétention des clients',
      'Les concurrents peinent à attirer vos clients',
      'Une base de revenus stable et prévisible',
      'Récompense le premier arrivé sur un marché',
    ],
    disadvantages: [
      'Peut susciter du ressentiment chez les clients',
      'Limite la liberté des clients',
      'Les clients captifs partent, et se plaignent, dès qu’ils le peuvent',
      'Peut attirer l’attention des autorités de régulation',
    ],
    whenToChoose: {
      segmentExpectations:
        'Fonctionne lorsque les clients investissent de l’effort dans la mise en place, leurs données ou l’apprentissage, ou acceptent un engagement en échange d’un meilleur prix ou d’un appareil.',
      acquisitionCost:
        'Utile quand conquérir un client coûte cher ou est subventionné (un téléphone à prix réduit, une mise en route gratuite) et qu’il vous faut du temps pour rentrer dans vos frais.',
      retentionGoal:
        'Assure une forte rétention, mais à condition d’offrir une vraie valeur : les clients qui ne restent que par obligation partiront dès que l’obstacle tombera.',
      upsellNeed:
        'Un client captif est ouvert aux options au sein de l’écosystème, mais pousser la vente additionnelle en plus du verrouillage paraît vite abusif.',
    },
  },
  'direct': {
    definition:
      'L’entreprise gère toute la relation par ses propres canaux – site web, application, force de vente ou magasins – ' +
      'sans concessionnaire ni distributeur entre elle et le client. Elle garde ainsi la main sur les prix, l’information ' +
      'et le service, et reçoit directement les données et les retours des clients. En contrepartie, elle doit tout ' +
      'construire et faire fonctionner elle-même.',
    examples: [
      {
        company: 'Tesla',
        text: 'Les acheteurs commandent sur le site de Tesla et récupèrent la voiture dans un showroom de la marque, si bien que l’information et l’accueil restent cohérents du début à la fin.',
      },
      {
        company: 'Warby Parker',
        text: 'Vend ses lunettes sur son propre site et dans ses boutiques, avec un essai à domicile, plutôt que par des opticiens indépendants.',
      },
      {
        company: 'Dell',
        text: 'S’est fait un nom en permettant aux clients de configurer et de commander leur ordinateur directement auprès du fabricant, d’abord par téléphone puis en ligne.',
      },
    ],
    advantages: [
      'La maîtrise complète de l’expérience client',
      'Construit des relations solides',
      'Des données et des retours clients de première main',
      'Conserve la marge qu’un intermédiaire prendrait',
    ],
    disadvantages: [
      'Exige une infrastructure solide',
      'Des coûts de fonctionnement plus élevés',
      'Une entrée sur de nouveaux marchés plus lente qu’avec des partenaires',
      'Chaque problème de service vous revient',
    ],
    whenToChoose: {
      segmentExpectations:
        'À choisir lorsque les clients apprécient une expérience de marque homogène et acceptent volontiers d’acheter au fabricant plutôt que dans une enseigne familière.',
      acquisitionCost:
        'Vous supportez seul tout le coût d’acquisition (marketing, showrooms, équipe commerciale) ; cela convient aux marques capables d’attirer les clients par elles-mêmes.',
      retentionGoal:
        'Posséder la relation et les données facilite le suivi, la personnalisation et la fidélisation.',
      upsellNeed:
        'Très favorable : chaque point de contact vous appartient, vous pouvez donc proposer montées en gamme, accessoires et services sans qu’un intermédiaire prélève sa part.',
    },
  },
  'indirect': {
    definition:
      'L’entreprise atteint ses clients par des intermédiaires qui vendent, conseillent et assurent souvent le service ' +
      'après-vente. Elle élargit ainsi rapidement sa portée en s’appuyant sur les réseaux, les implantations et la ' +
      'confiance de ses partenaires, mais elle voit moins ses clients et a moins de prise sur la manière dont ils sont traités.',
    examples: [
      {
        company: 'Renault',
        text: 'Vend ses véhicules par un réseau de concessionnaires et d’agents qui assurent la vente, l’accueil des clients et l’entretien.',
      },
      {
        company: 'Toyota',
        text: 'S’appuie également sur des concessionnaires pour toucher les acheteurs partout dans le monde, en acceptant que l’expérience varie d’une concession à l’autre.',
      },
      {
        company: 'Procter & Gamble',
        text: 'Ses marques arrivent jusqu’aux consommateurs par les supermarchés, les pharmacies et les sites marchands, qui maîtrisent le moment de l’achat.',
      },
    ],
    advantages: [
      'Étend rapidement la portée commerciale',
      'Profite des réseaux et du savoir-faire local des partenaires',
      'Moins d’investissement dans votre propre infrastructure',
      'Les partenaires assument une partie du service',
    ],
    disadvantages: [
      'Moins de maîtrise de l’expérience client',
      'Un risque de message de marque dilué',
      'Un accès limité aux données clients',
      'Une marge partagée avec les intermédiaires',
    ],
    whenToChoose: {
      segmentExpectations:
        'Convient quand les clients veulent acheter près de chez eux, comparer les marques en un même lieu ou être servis à proximité par un partenaire en qui ils ont déjà confiance.',
      acquisitionCost:
        'Les partenaires apportent leur clientèle existante et réduisent votre coût pour toucher de nouveaux clients, en échange d’une part de chaque vente.',
      retentionGoal:
        'La fidélisation est plus difficile à piloter, car la relation appartient au partenaire ; appuyez-la sur des garanties, des applications ou l’enregistrement des produits qui relient les clients à vous.',
      upsellNeed:
        'La vente additionnelle dépend des incitations et de la formation des partenaires : alignez les commissions et donnez-leur les outils pour vendre les options.',
    },
  },
} satisfies TypePages;
