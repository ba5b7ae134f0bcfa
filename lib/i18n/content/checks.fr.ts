import type { GuideChecks } from '../../catalogue/checks';

/** The guide's common mistakes and block questions (what the health check names and asks); the guide spreads them. */
export default {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Traiter tous les clients de la même façon',
      why: 'Les segments n’attendent pas la même chose et ne sont pas prêts à payer pour les mêmes services ; une approche unique en fait trop pour certains et déçoit les autres.',
      fix: 'Définissez une relation pour chaque segment, même si plusieurs segments finissent par partager le même type.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Trop peu investir dans la fidélisation',
      why: 'Si tous les efforts portent sur l’acquisition, les clients partent sans bruit et l’argent dépensé pour les conquérir est perdu.',
      fix: 'Préparez les tactiques pour fidéliser avec le même soin que celles pour conquérir, et prévoyez un budget pour le service, l’engagement et la fidélité.',
    },
    {
      id: 'ignoring-feedback',
      title: 'Ne pas écouter les clients',
      why: 'Sans retours, vous passez à côté des problèmes naissants, et les clients qui se sentent ignorés changent plus vite de fournisseur.',
      fix: 'Mettez en place des moyens réguliers de recueillir les avis, agissez sur les thèmes principaux et dites aux clients ce qui a changé.',
    },
    {
      id: 'over-automating',
      title: 'Automatiser là où il faut une personne',
      why: 'Les robots et le libre-service font économiser, mais dans les moments complexes, émotionnels ou à fort enjeu, ils agacent les clients et font perdre des ventes.',
      fix: 'Automatisez les tâches routinières et gardez un accès simple à un humain pour les moments qui comptent.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'Ne pas mesurer la qualité de la relation',
      why: 'Sans mesure, impossible de savoir si la relation s’améliore ni quelle tactique fonctionne.',
      fix: 'Choisissez quelques indicateurs liés à vos objectifs, comme le NPS, le CSAT, l’attrition ou la CLV, et examinez-les à un rythme fixe.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'Laisser la relation figée',
      why: 'Les besoins des clients changent à mesure qu’ils grandissent avec vous ; une relation pensée pour les primo-acheteurs sonne faux pour les clients de longue date.',
      fix: 'Prévoyez comment la relation évolue au fil du cycle de vie client et revoyez le bloc à mesure que vos clients gagnent en maturité.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'Oublier le client après la vente',
      why: 'L’accueil, la prise en main, le support et le suivi décident si les gens rachètent ou vous recommandent ; les abandonner après le paiement gâche cette chance.',
      fix: 'Concevez ce qui se passe après l’achat : message de bienvenue, prise en main, prises de nouvelles et support facile d’accès.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Noter des canaux au lieu de relations',
      why: 'Des mentions comme « site web », « e-mail » ou « boutique » décrivent la manière dont vous atteignez les clients, ce qui relève des Canaux, et ne disent rien de la nature de la relation.',
      fix: 'Décrivez la nature de la relation (libre-service, conseiller dédié, communauté, co-création…) et laissez les moyens de distribution dans les Canaux.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'Ne pas rattacher les relations aux segments',
      why: 'Un bloc qui n’indique jamais quel segment reçoit quel traitement ne peut pas être confronté aux coûts, aux canaux ni aux revenus.',
      fix: 'Indiquez le segment à côté de chaque relation, ou utilisez la même couleur ou le même post-it pour les éléments qui vont ensemble.',
    },
    {
      id: 'get-only-block',
      title: 'Ne penser qu’à la conquête',
      why: 'Un bloc rempli de moyens d’attirer des clients mais sans rien pour les garder ou les développer trahit une activité qui perd ses clients et dont le coût d’acquisition grimpe.',
      fix: 'Vérifiez que vous avez au moins une tactique pour chacune des phases Conquérir, Fidéliser et Développer.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Entasser tous les détails sur le canevas',
      why: 'Un canevas surchargé de tactiques est difficile à lire et masque l’histoire que vous voulez faire comprendre.',
      fix: 'Inscrivez un titre concis sur le canevas et conservez la grille détaillée Conquérir, Fidéliser, Développer dans un document de travail séparé.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Partenaires clés',
      question: 'Avons-nous besoin de nouveaux partenaires, comme un support externalisé, des revendeurs ou des plateformes, pour faire vivre ces relations ?',
      link: 'Des partenaires peuvent assurer une partie de la relation pour votre compte, mais ils façonnent alors aussi la façon dont les clients vous perçoivent.',
    },
    {
      block: 'key-activities',
      blockName: 'Activités clés',
      question: 'Quelles activités devons-nous bien maîtriser pour soutenir ces relations, comme le support, l’animation de communauté ou la gestion de comptes ?',
      link: 'Chaque type de relation demande un travail continu ; les types personnels et communautaires, surtout, deviennent des activités centrales.',
    },
    {
      block: 'key-resources',
      blockName: 'Ressources clés',
      question: 'De quelles personnes, compétences, données et systèmes avons-nous besoin pour construire et entretenir ces relations ?',
      link: 'Les relations reposent sur des ressources comme du personnel formé, un CRM, des algorithmes de recommandation ou une plateforme communautaire.',
    },
    {
      block: 'value-propositions',
      blockName: 'Proposition de valeur',
      question: 'En quoi nos relations renforcent-elles ou soutiennent-elles la valeur que nous promettons aux clients ?',
      link: 'La relation fait partie de la manière dont la valeur est délivrée ; la bonne rend l’offre plus précieuse, la mauvaise la dessert.',
    },
    {
      block: 'channels',
      blockName: 'Canaux',
      question: 'Les relations choisies correspondent-elles aux canaux par lesquels nous communiquons avec les clients et les livrons ?',
      link: 'Les relations passent par les canaux : une relation personnelle exige des canaux où les clients peuvent réellement vous parler.',
    },
    {
      block: 'customer-segments',
      blockName: 'Segments de clientèle',
      question: 'Dans quelle mesure chaque relation répond-elle aux besoins et aux préférences du segment qu’elle sert ?',
      link: 'Des segments différents appellent des relations différentes ; chaque segment doit donc trouver une mention correspondante dans ce bloc.',
    },
    {
      block: 'cost-structure',
      blockName: 'Structure de coûts',
      question: 'Comment ces relations vont-elles modifier nos coûts, et pouvons-nous les assumer à grande échelle ?',
      link: 'Les relations coûtent de l’argent : le contact humain est cher, tandis que l’automatisation coûte davantage au départ et moins par client.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Flux de revenus',
      question: 'Quel effet ces relations auront-elles sur nos revenus, par la fidélisation, les achats répétés et la vente additionnelle ?',
      link: 'Garder les clients plus longtemps et leur vendre davantage : c’est là que les relations se traduisent en revenus.',
    },
  ],
} satisfies GuideChecks;
