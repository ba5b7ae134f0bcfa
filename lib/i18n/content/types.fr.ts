import type { TypeSummaries } from './types';

/** Each type's one-line summary in French, as the list shows it (the names are in type-names.ts). */
export default {
  'transactional': {
    summary: 'Des ventes rapides et peu engageantes : l’acheteur peut ne venir qu’une fois et ne jamais revenir.',
  },
  'automated-service': {
    summary: 'La technologie sert chaque client sans personnel, en adaptant souvent ses suggestions à son historique.',
  },
  'self-service': {
    summary: 'Le client se débrouille seul avec les outils et les informations fournis, sans contact direct avec le personnel.',
  },
  'personal-assistance': {
    summary: 'Des conseillers aident en magasin, par téléphone ou par chat, avant et après l’achat, sans interlocuteur attitré.',
  },
  'dedicated-personal-assistance': {
    summary: 'Une personne attitrée suit le client et le connaît bien, comme un chargé de compte ou un conseiller bancaire.',
  },
  'co-creation': {
    summary: 'Les clients créent une partie de la valeur : ils conçoivent des produits, rédigent des avis ou produisent le contenu.',
  },
  'community': {
    summary: 'Les utilisateurs échangent entre eux et avec la marque pour partager, résoudre des problèmes et se sentir d’un groupe.',
  },
  'fans': {
    summary: 'Des clients enthousiastes et fidèles qui s’identifient à la marque et en parlent autour d’eux.',
  },
  'long-term': {
    summary: 'Une relation suivie qui apporte de la valeur dans la durée, souvent par un abonnement ou une adhésion.',
  },
  'switching-costs': {
    summary: 'Les clients restent parce que partir leur coûterait de l’argent, du temps, des données ou des efforts.',
  },
  'direct': {
    summary: 'Vous vendez et servez vous-même, sans intermédiaire, en gardant la main sur toute l’expérience client.',
  },
  'indirect': {
    summary: 'Des partenaires – concessionnaires, distributeurs, revendeurs – gèrent le contact quotidien avec le client pour vous.',
  },
} satisfies TypeSummaries;
