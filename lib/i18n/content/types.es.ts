import type { TypeSummaries } from './types';

/** Each type's one-line summary in Spanish, as the list shows it (the names are in type-names.ts). */
export default {
  'transactional': {
    summary: 'Ventas rápidas y con poco contacto: el comprador puede venir una sola vez y no volver nunca.',
  },
  'automated-service': {
    summary: 'La tecnología atiende a cada cliente sin personal y a menudo adapta sus propuestas a lo que ya hizo.',
  },
  'self-service': {
    summary: 'El cliente se las arregla solo con las herramientas y la información que le das, sin tratar con el personal.',
  },
  'personal-assistance': {
    summary: 'El personal ayuda en tienda, por teléfono o por chat, antes y después de la venta, sin un interlocutor fijo.',
  },
  'dedicated-personal-assistance': {
    summary: 'Una persona asignada atiende al cliente y lo conoce bien, como un gestor de cuentas o el gestor del banco.',
  },
  'co-creation': {
    summary: 'Los clientes crean parte del valor: diseñan productos, escriben reseñas o aportan el contenido que atrae a otros.',
  },
  'community': {
    summary: 'Los usuarios se relacionan entre sí y con la marca para compartir, resolver dudas y sentirse parte de algo.',
  },
  'fans': {
    summary: 'Clientes entusiastas y fieles que se identifican con la marca y la recomiendan.',
  },
  'long-term': {
    summary: 'Una relación continua que aporta valor con el tiempo, a menudo mediante una suscripción o una membresía.',
  },
  'switching-costs': {
    summary: 'Los clientes se quedan porque irse les costaría dinero, tiempo, datos o esfuerzo.',
  },
  'direct': {
    summary: 'Vendes y atiendes tú mismo, sin intermediarios, y controlas toda la experiencia del cliente.',
  },
  'indirect': {
    summary: 'Socios como concesionarios, distribuidores o tiendas se ocupan del trato diario con el cliente en tu nombre.',
  },
} satisfies TypeSummaries;
