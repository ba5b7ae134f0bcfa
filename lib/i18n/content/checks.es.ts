import type { GuideChecks } from '../../catalogue/checks';

/** The guide's common mistakes and block questions (what the health check names and asks); the guide spreads them. */
export default {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Tratar igual a todos los clientes',
      why: 'Cada segmento espera cosas distintas y está dispuesto a pagar por cosas distintas, así que un enfoque único da de más a unos clientes y decepciona a otros.',
      fix: 'Definir una relación para cada segmento, aunque varios acaben compartiendo el mismo tipo.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Invertir demasiado poco en retener',
      why: 'Si todo el esfuerzo se va en captar, los clientes se marchan sin hacer ruido y se pierde el dinero gastado en conseguirlos.',
      fix: 'Planificar las tácticas de Retener con el mismo cuidado que las de Captar y reservar presupuesto para atención, implicación y fidelización.',
    },
    {
      id: 'ignoring-feedback',
      title: 'No escuchar a los clientes',
      why: 'Sin opiniones de los clientes, los problemas se detectan tarde, y quien no se siente escuchado cambia antes de proveedor.',
      fix: 'Establecer vías periódicas para recoger opiniones, actuar sobre los temas principales y contar a los clientes qué ha cambiado.',
    },
    {
      id: 'over-automating',
      title: 'Automatizar donde hace falta una persona',
      why: 'Los bots y el autoservicio ahorran dinero, pero en momentos complejos, emotivos o de mucho valor frustran al cliente y cuestan ventas.',
      fix: 'Automatizar las tareas rutinarias y mantener un acceso fácil a una persona para los momentos importantes.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'No medir la calidad de la relación',
      why: 'Sin medición no hay forma de saber si la relación mejora ni qué táctica funciona.',
      fix: 'Elegir unos pocos indicadores ligados a los objetivos, como NPS, CSAT, tasa de abandono o CLV, y revisarlos con un ritmo fijo.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'Dejar la relación estancada',
      why: 'Las necesidades del cliente cambian a medida que crece con la empresa; una relación pensada para quien compra por primera vez no encaja con un cliente de años.',
      fix: 'Planificar cómo cambia la relación a lo largo del ciclo de vida del cliente y revisar el bloque a medida que los clientes maduran.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'Olvidarse del cliente tras la venta',
      why: 'La bienvenida, el soporte y el seguimiento deciden si alguien vuelve a comprar o recomienda la empresa; abandonarlo después del pago desperdicia esa oportunidad.',
      fix: 'Diseñar lo que ocurre después de la compra: bienvenida, puesta en marcha, seguimientos y un soporte sencillo.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Anotar canales en lugar de relaciones',
      why: 'Entradas como «web», «correo electrónico» o «tienda» describen cómo se llega al cliente, algo que corresponde al bloque Canales, y no dicen nada del tipo de relación.',
      fix: 'Describir la naturaleza de la relación (autoservicio, gestor dedicado, comunidad, cocreación…) y dejar las vías de entrega en Canales.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'No vincular las relaciones con los segmentos',
      why: 'Un bloque que nunca indica qué segmento recibe qué trato no se puede contrastar con los costes, los canales ni los ingresos.',
      fix: 'Anotar el segmento junto a cada relación, o usar el mismo color o la misma nota adhesiva para los elementos que se corresponden.',
    },
    {
      id: 'get-only-block',
      title: 'Pensar solo en la captación',
      why: 'Un bloque lleno de formas de atraer clientes pero sin nada para retenerlos ni hacerlos crecer apunta a un negocio que pierde clientes y cuyo coste de captación no para de subir.',
      fix: 'Comprobar que hay al menos una táctica para cada fase: Captar, Retener y Crecer.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Meter todos los detalles en el lienzo',
      why: 'Un lienzo repleto de tácticas se lee con dificultad y oculta la historia que se quiere transmitir.',
      fix: 'Poner un título conciso en el lienzo y mantener la tabla detallada de Captar, Retener y Crecer como documento de trabajo aparte.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Socios clave',
      question: '¿Hacen falta nuevos socios, como un soporte externalizado, revendedores o plataformas, para sostener estas relaciones?',
      link: 'Los socios pueden encargarse de parte de la relación en nombre de la empresa, pero entonces también influyen en cómo la percibe el cliente.',
    },
    {
      block: 'key-activities',
      blockName: 'Actividades clave',
      question: '¿Qué actividades hay que hacer bien para sostener estas relaciones, como el soporte, la gestión de la comunidad o la gestión de cuentas?',
      link: 'Todo tipo de relación exige un trabajo continuo; los tipos personales y de comunidad, en particular, se convierten en actividades centrales.',
    },
    {
      block: 'key-resources',
      blockName: 'Recursos clave',
      question: '¿Qué personas, competencias, datos y sistemas se necesitan para crear y mantener estas relaciones?',
      link: 'Las relaciones se apoyan en recursos como personal formado, un CRM, algoritmos de recomendación o una plataforma de comunidad.',
    },
    {
      block: 'value-propositions',
      blockName: 'Propuesta de valor',
      question: '¿En qué medida refuerzan o respaldan nuestras relaciones el valor que prometemos a los clientes?',
      link: 'La relación forma parte de la manera de entregar valor; la adecuada hace la oferta más valiosa y la inadecuada la debilita.',
    },
    {
      block: 'channels',
      blockName: 'Canales',
      question: '¿Las relaciones elegidas encajan con los canales que usamos para comunicarnos con los clientes y hacerles llegar la oferta?',
      link: 'Las relaciones se materializan a través de los canales, así que una relación personal necesita canales en los que el cliente pueda hablar de verdad con alguien.',
    },
    {
      block: 'customer-segments',
      blockName: 'Segmentos de clientes',
      question: '¿Hasta qué punto se ajusta cada relación a las necesidades y preferencias del segmento al que sirve?',
      link: 'Cada segmento pide una relación distinta, así que todos deberían tener su entrada correspondiente en este bloque.',
    },
    {
      block: 'cost-structure',
      blockName: 'Estructura de costes',
      question: '¿Cómo cambiarán nuestros costes con estas relaciones y podemos permitírnoslas a gran escala?',
      link: 'Las relaciones cuestan dinero: el contacto humano es caro, mientras que la automatización exige más inversión inicial y menos gasto por cliente.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Fuentes de ingresos',
      question: '¿Cómo afectarán estas relaciones a los ingresos, a través de la retención, las compras repetidas y las ventas adicionales?',
      link: 'Conservar a los clientes más tiempo y venderles más es la forma en que las relaciones se reflejan en los ingresos.',
    },
  ],
} satisfies GuideChecks;
