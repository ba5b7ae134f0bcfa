import type { GuideTexts } from './pages';
import CHECKS from './checks.es';

/** La guía del bloque Relaciones con clientes en español; ids y orden idénticos a los de la guía inglesa. */
export default {
  intro:
    'El bloque Relaciones con clientes describe cómo se vincula la empresa con cada segmento de clientes al que sirve. ' +
    'Una relación puede situarse en cualquier punto entre lo totalmente humano y lo totalmente automatizado, y entre ' +
    'una compra aislada y un vínculo que dura años. La elección marca el tono de la experiencia que vive el cliente y ' +
    'la frecuencia con la que vuelve a relacionarse con la empresa.',

  whyItMatters:
    'El trato que reciben los clientes determina cuántos se captan, cuántos se quedan y cuánto vale cada uno con el ' +
    'tiempo (el valor del ciclo de vida del cliente, que suele abreviarse LTV o CLV). Las buenas relaciones generan ' +
    'compras repetidas, fidelidad y recomendaciones boca a boca, y mantienen baja la tasa de abandono; las débiles dejan ' +
    'escapar clientes cuya captación ya se pagó. En mercados saturados, la propia relación puede ser lo que diferencia ' +
    'a una empresa, como demuestran Apple y Amazon: buena parte de su éxito se debe a cómo cuidan a sus clientes.',

  keyQuestions: [
    'Para cada segmento: ¿qué tipo de relación esperan estos clientes de nosotros?',
    '¿Cuánto nos cuesta mantener cada relación en personas, herramientas y tiempo?',
    '¿Cómo encaja la relación con nuestros canales, nuestra propuesta de valor, nuestros ingresos y nuestros costes?',
    'Ahora mismo, ¿qué es prioritario: captar clientes nuevos, retener a los que ya tenemos o venderles más?',
    '¿Qué relaciones ofrece la competencia y en qué podríamos hacerlo mejor o, sencillamente, de otra manera?',
    '¿Qué haría que los clientes nos fueran más fieles de lo que son hoy?',
    '¿Qué partes de la relación podrían automatizarse sin perder lo que el cliente valora?',
    '¿Se paga solo un servicio muy personalizado, o un trato más ligero atendería igual de bien al cliente?',
    '¿Necesitan algunos grupos de clientes un tipo de relación distinto al de otros?',
    'El tipo adecuado depende de lo que cuesta captar a un cliente nuevo, del tiempo que queremos conservarlo y de si pensamos venderle después complementos o productos relacionados: ¿cuál de estos factores pesa más en nuestro caso?',
    '¿La relación que los clientes dicen querer es realmente una que podemos pagar y sostener? Hay que buscar el equilibrio entre sus deseos y nuestro modelo.',
  ],

  principles: [
    'Ajustar la relación a lo que espera cada segmento y a lo que está dispuesto a pagar; un servicio premium para compradores muy sensibles al precio supone tirar el dinero.',
    'Dedicar esfuerzo y presupuesto a las relaciones que crean valor a largo plazo, no solo a las que cierran la próxima venta.',
    'Usar la tecnología para llevar más lejos el trato personal: los mensajes personalizados, las recomendaciones inteligentes y unas buenas herramientas permiten que un equipo pequeño atienda con esmero a muchos clientes.',
    'Ofrecer a los clientes un lugar de encuentro en torno al producto, donde se ayuden entre sí, compartan ideas y se sientan parte de algo.',
    'Pedir opinión a los clientes con frecuencia y enseñarles después qué ha cambiado gracias a ella.',
    'Medir la satisfacción y la fidelidad con una periodicidad fija en lugar de suponer lo que siente el cliente.',
    'Formar al equipo para que todos los clientes reciban la misma calidad de experiencia, hablen con quien hablen y contacten por donde contacten.',
    'Sopesar bien la automatización: reduce el coste de atender a los clientes, pero aplicada donde no toca puede costar ventas y clientes fieles.',
    'Tener siempre presente el punto de vista del cliente. El escritor Orison Swett Marden lo llamaba la regla de oro de los negocios: ponerse en el lugar del cliente.',
  ],

  combining: [
    {
      title: 'Una relación distinta para cada segmento',
      text: 'Rara vez dos segmentos quieren lo mismo. Un banco, por ejemplo, puede asignar un gestor personal a sus clientes de mayor patrimonio mientras la mayoría gestiona su dinero por su cuenta desde la app.',
    },
    {
      title: 'Varios canales a la vez',
      text: 'Una misma empresa puede atender a sus clientes de varias maneras simultáneamente. Una compañía de software puede ofrecer artículos de ayuda automatizados, mantener un foro de usuarios y seguir contando con personas para el soporte directo.',
    },
    {
      title: 'Tipos que se complementan',
      text: 'Combinar tipos puede reforzar la experiencia en su conjunto. Una tienda online puede recomendar productos de forma automática y, además, permitir chatear con una persona cuando el comprador se atasca.',
    },
    {
      title: 'Las relaciones cambian con el tiempo',
      text: 'La mayoría de los negocios usa más de un tipo, y la combinación evoluciona a medida que la empresa crece y los clientes maduran; por eso conviene revisar el bloque con regularidad en lugar de darlo por cerrado.',
    },
  ],

  fillingSteps: [
    {
      title: 'Conocer lo que esperan los clientes',
      text: 'Antes de elegir nada, hay que averiguar qué tipo de contacto busca cada segmento. Encuestas, entrevistas y estudios de mercado más amplios ayudan a saberlo: ¿quieren una persona que los ayude, herramientas para arreglárselas solos, otros usuarios de los que aprender o una combinación?',
    },
    {
      title: 'Planificar Captar, Retener y Crecer',
      text: 'Se trata de ampliar el bloque igual que el lienzo de la propuesta de valor amplía los segmentos y las propuestas de valor. Se dibujan tres casillas (Captar, Retener, Crecer) y en cada fase se anotan las tácticas concretas que se van a usar; las tácticas pueden combinarse con libertad.',
    },
    {
      title: 'Resumirlo en el lienzo',
      text: 'De vuelta en el lienzo del modelo de negocio, se escribe un título breve que recoja la estrategia, por ejemplo «App de autoservicio, asesores humanos para empresas, comunidad de usuarios». El detalle se queda en la tabla de Captar, Retener y Crecer.',
    },
    {
      title: 'Que el lienzo cuente una historia sencilla',
      text: 'El lienzo debe contar una historia que otros entiendan de un vistazo. Llegar a ella exige mucho trabajo previo, pero no hace falta mostrarlo todo; Alex Osterwalder, creador del lienzo, advierte que abrumar a la gente con detalles equivale a un «asesinato cognitivo».',
    },
    {
      title: 'Profundizar con un complemento si hace falta',
      text: 'Para explorar este bloque más a fondo con una herramienta específica, existe el complemento Customer Connection Canvas, creado por Hani W. Naguib.',
    },
    {
      title: 'Revisar los vínculos con los demás bloques',
      text: 'Todos los bloques del lienzo están conectados, así que cambiar las relaciones repercute en los canales, los costes, los ingresos y mucho más. Antes de dar por buena una versión final, hay que repasar las preguntas de cada bloque vecino.',
    },
  ],

  phases: [
    {
      id: 'get',
      name: 'Captar',
      goal: '¿Cómo atraemos a nuevos clientes y nos los ganamos?',
      meaning:
        'Captar abarca todo lo que convierte a desconocidos en clientes: despertar notoriedad e interés y, después, convencerlos de que se registren o compren por primera vez.',
      tactics: [
        'Relaciones públicas y presencia en prensa antes del lanzamiento y durante él',
        'Presencia y campañas en redes sociales',
        'Recomendaciones y boca a boca de los primeros usuarios',
        'Contenido útil: artículos, vídeos, guías',
        'Escasez: listas de espera, acceso solo por invitación, lanzamientos anticipados limitados',
        'Pruebas gratuitas, planes freemium o demostraciones',
        'Alianzas y eventos que den visibilidad ante el segmento adecuado',
      ],
      metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
    },
    {
      id: 'keep',
      name: 'Retener',
      goal: '¿Cómo mantenemos satisfechos a los clientes y evitamos que se vayan?',
      meaning:
        'Retener consiste en conservar a los clientes ya conseguidos, atendiéndolos bien y dándoles motivos para seguir siendo fieles en vez de irse con un competidor.',
      tactics: [
        'Una atención al cliente excelente y ágil',
        'Contacto regular: novedades, boletines, seguimientos',
        'Programas de fidelización y recompensas para socios',
        'Eventos de comunidad, encuentros y foros',
        'Transparencia: una hoja de ruta pública y avances contados con honestidad',
        'Funciones del producto que pasan a formar parte del día a día del cliente',
        'Actuar de forma visible a partir de las opiniones de los clientes',
      ],
      metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
    },
    {
      id: 'grow',
      name: 'Crecer',
      goal: '¿Cómo aumentamos lo que vale para nosotros cada cliente?',
      meaning:
        'Crecer significa aumentar el valor de los clientes actuales: que gasten más, compren productos relacionados y atraigan a otros en nombre de la empresa.',
      tactics: [
        'Venta de planes superiores o versiones premium',
        'Venta cruzada de productos relacionados y complementos',
        'Programas de recomendación que premian tanto a quien recomienda como al nuevo cliente',
        'Dejar que los clientes inviertan, por ejemplo mediante micromecenazgo',
        'Convertir a los fans en prescriptores y embajadores de la marca',
        'Packs y planes por volumen o anuales',
      ],
      metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
    },
  ],

  frameworkOrigin:
    'El modelo Captar, Retener, Crecer (Get, Keep, Grow) lo desarrolló Steve Blank, emprendedor y profesor a quien se atribuye a menudo haber dado forma a la enseñanza moderna sobre startups, y lo explica en El manual del emprendedor (The Startup Owner\'s Manual), el libro que escribió con Bob Dorf.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'Monzo, un banco digital británico, es un ejemplo bien documentado de Captar, Retener y Crecer en la práctica. Su antiguo consejero delegado, Tom Blomfield, explicó más tarde con detalle las tácticas que usó el equipo para reunir su primera base de clientes.',
    steps: [
      {
        phase: 'get',
        title: 'Atención de la prensa antes del lanzamiento',
        text: 'Desde febrero de 2015, los fundadores se propusieron crear un nuevo tipo de banco y se apoyaron mucho en las relaciones públicas. Hablaron abiertamente de sus planes con periodistas, y los artículos de TechCrunch, The Guardian y Bloomberg despertaron expectación cuando el producto aún no estaba disponible.',
      },
      {
        phase: 'get',
        title: 'Tarjetas alfa exclusivas',
        text: 'En 2015 Monzo lanzó tarjetas de prepago en una prueba alfa limitada a 3.000 personas. Con una idea tomada del arranque de Gmail, solo por invitación, el límite hizo que las tarjetas parecieran un bien escaso, y los afortunados primeros usuarios corrieron la voz encantados.',
      },
      {
        phase: 'get',
        title: 'Golden Tickets',
        text: 'En 2017 los clientes podían repartir «Golden Tickets» con los que sus amigos se saltaban la lista de espera. Cerca del 40 % de las altas de ese año llegó por esta vía, y ese crecimiento no costó ningún gasto adicional.',
      },
      {
        phase: 'keep',
        title: 'Conocer a los usuarios en persona',
        text: 'A lo largo de 2016 Monzo organizó más de 100 eventos presenciales, como hackatones y encuentros, para ver cara a cara a los usuarios y escuchar qué querían mejorar.',
      },
      {
        phase: 'keep',
        title: 'Construir a la vista de todos',
        text: 'La empresa publicó su hoja de ruta de producto y mantuvo informados a los clientes de avances y contratiempos en su blog y en redes sociales, lo que le valió su confianza.',
      },
      {
        phase: 'keep',
        title: 'Un producto de uso diario',
        text: 'Funciones como los avisos al instante de cada gasto, dividir cuentas con facilidad, enviar dinero a amigos y una app amigable hicieron de Monzo parte de la vida cotidiana y mantuvieron implicados a los clientes.',
      },
      {
        phase: 'grow',
        title: 'Los clientes se convierten en inversores',
        text: 'A principios de 2016, una ronda de micromecenazgo de un millón de libras se agotó en 96 segundos. Se limitó la aportación individual para que pudiera participar más gente, y los clientes tuvieron acceso antes que el público general, lo que reforzó su compromiso.',
      },
      {
        phase: 'grow',
        title: 'Una marca basada en la transparencia',
        text: 'Monzo asentó su marca en la comunidad y la transparencia, y actuó en coherencia, por ejemplo al gestionar abiertamente con sus clientes el cambio de nombre de Mondo a Monzo. Muchos usuarios se convirtieron en orgullosos defensores de la marca.',
      },
      {
        phase: 'grow',
        title: 'Cuentas premium y recomendaciones con premio doble',
        text: 'Más adelante Monzo vendió cuentas mejoradas con extras como seguro de viaje y mejor remuneración del ahorro, y premiaba a las dos partes de cada recomendación, de modo que los clientes satisfechos traían a otros nuevos.',
      },
    ],
  },

  ...CHECKS,

  metrics: [
    {
      id: 'nps',
      name: 'Net Promoter Score',
      short: 'NPS',
      description: 'La probabilidad de que los clientes recomienden la empresa, puntuada de 0 a 10; el porcentaje de promotores menos el de detractores.',
    },
    {
      id: 'csat',
      name: 'Índice de satisfacción del cliente',
      short: 'CSAT',
      description: 'El porcentaje de clientes que califican como satisfactorio un producto, una interacción o una compra, normalmente preguntado justo después.',
    },
    {
      id: 'ces',
      name: 'Índice de esfuerzo del cliente',
      short: 'CES',
      description: 'Lo fácil que le ha resultado al cliente resolver algo con la empresa, como solucionar un problema o completar una gestión.',
    },
    {
      id: 'clv',
      name: 'Valor del ciclo de vida del cliente',
      short: 'CLV',
      description: 'El beneficio o los ingresos totales que se esperan de un cliente durante todo el tiempo que siga siéndolo.',
    },
    {
      id: 'churn',
      name: 'Tasa de abandono',
      short: 'Abandono',
      description: 'El porcentaje de clientes que dejan de comprar o se dan de baja en un periodo determinado.',
    },
    {
      id: 'retention-rate',
      name: 'Tasa de retención',
      short: 'Retención',
      description: 'El porcentaje de los clientes del inicio de un periodo que siguen siéndolo al final.',
    },
    {
      id: 'cac',
      name: 'Coste de adquisición de clientes',
      short: 'CAC',
      description: 'Lo que cuesta de media, en marketing y ventas, conseguir un cliente nuevo.',
    },
    {
      id: 'conversion-rate',
      name: 'Tasa de conversión',
      short: 'Conversión',
      description: 'El porcentaje de posibles clientes, visitantes o usuarios de prueba que se convierten en clientes de pago.',
    },
    {
      id: 'repeat-purchase-rate',
      name: 'Tasa de recompra',
      short: 'Recompra',
      description: 'El porcentaje de clientes que compran más de una vez dentro de un periodo.',
    },
    {
      id: 'arpu',
      name: 'Ingreso medio por usuario',
      short: 'ARPU',
      description: 'Los ingresos totales de un periodo divididos entre el número de clientes o usuarios de ese periodo.',
    },
    {
      id: 'expansion-revenue',
      name: 'Ingresos por expansión',
      short: 'Expansión',
      description: 'Los ingresos adicionales de clientes actuales gracias a mejoras de plan, complementos, ventas cruzadas o un mayor uso.',
    },
    {
      id: 'referral-rate',
      name: 'Tasa de recomendación',
      short: 'Recomendaciones',
      description: 'El porcentaje de clientes nuevos que llegan por recomendación o invitación de clientes actuales.',
    },
    {
      id: 'engagement',
      name: 'Implicación del cliente',
      short: 'Implicación',
      description: 'Con qué frecuencia y profundidad usan los clientes el producto o interactúan con la empresa, por ejemplo días activos o sesiones por semana.',
    },
    {
      id: 'active-members',
      name: 'Miembros activos de la comunidad',
      short: 'Miembros activos',
      description: 'El número de miembros de la comunidad que publican, responden o participan en un periodo, no solo los inscritos.',
    },
    {
      id: 'contributions',
      name: 'Aportaciones de los clientes',
      short: 'Aportaciones',
      description: 'Cuánto crean los clientes para la empresa en un periodo, como reseñas, ideas, diseños, respuestas o contenidos.',
    },
    {
      id: 'resolution-time',
      name: 'Tiempo de resolución',
      short: 'Tiempo de resolución',
      description: 'El tiempo medio desde que un cliente plantea una incidencia hasta que queda resuelta del todo.',
    },
    {
      id: 'self-service-rate',
      name: 'Tasa de autoservicio',
      short: 'Autoservicio',
      description: 'El porcentaje de consultas o gestiones que los clientes completan sin ayuda del personal, por ejemplo con artículos de ayuda o la app.',
    },
    {
      id: 'activation-rate',
      name: 'Tasa de activación',
      short: 'Activación',
      description: 'El porcentaje de nuevos registros que llegan al primer momento de valor real, como completar la configuración o hacer una primera compra.',
    },
  ],

  faq: [
    {
      question: '¿Cuál es el mejor tipo de relación con clientes?',
      answer:
        'Ninguno es el mejor en términos generales. La elección adecuada depende de los segmentos, de la propuesta de valor y del modelo de negocio. Una buena relación da al cliente lo que espera y, a la vez, tiene sentido económico para la empresa, de modo que pueda seguir ofreciéndola.',
    },
    {
      question: '¿Conviene esforzarse más en captar clientes nuevos o en retener a los actuales?',
      answer:
        'Conservar a un cliente suele salir más barato que conseguir uno nuevo, así que la retención acostumbra a ser rentable. Aun así, el equilibrio depende de la etapa y de los objetivos de crecimiento: una startup incipiente quizá necesite captar primero. En la práctica, la mayoría de las empresas de éxito trabaja en ambos frentes.',
    },
    {
      question: '¿Cómo se sabe si las relaciones con los clientes funcionan?',
      answer:
        'Midiéndolas. Entre las cifras útiles están la tasa de abandono, el grado de implicación de los clientes, su valor a lo largo del ciclo de vida (CLV), los índices de satisfacción (CSAT) y el Net Promoter Score (NPS). Lo recomendable es elegir las pocas que reflejan lo que persigue la estrategia de relación y seguirlas con regularidad.',
    },
    {
      question: '¿Se puede usar más de un tipo de relación?',
      answer:
        'Sí, y la mayoría de los negocios lo hace: tipos diferentes para segmentos diferentes, varias formas de ayudar al mismo cliente o tipos que se complementan. En el lienzo basta con anotar los principales como un título breve.',
    },
    {
      question: '¿Qué diferencia hay entre Relaciones con clientes y Canales?',
      answer:
        'Los canales describen las vías por las que la empresa llega a los clientes, les vende y les entrega la oferta. Las relaciones con clientes describen el tipo de vínculo que se construye a lo largo de esas vías: personal o automatizado, puntual o a largo plazo.',
    },
  ],
} satisfies GuideTexts;
