import type { TypePages } from './pages';

/** La ficha de cada tipo en español: definición, ejemplos, ventajas, inconvenientes y cuándo elegirlo. */
export default {
  'transactional': {
    definition:
      'La relación dura lo mismo que la venta: el cliente encuentra lo que busca, paga y se marcha, muchas veces sin ' +
      'hablar con nadie. Buena parte de los compradores compra una sola vez o muy de tarde en tarde y quizá no tenga ' +
      'motivos para volver, así que todo se diseña pensando en la rapidez y la comodidad, no en la fidelidad. Se sitúa ' +
      'en el extremo opuesto a las relaciones a largo plazo.',
    examples: [
      {
        company: 'Ben & Jerry\'s',
        text: 'Sus máquinas expendedoras de helado permiten que quien pasa por la calle en un día de calor pague, elija sabor y se lleve la tarrina al momento, sin que intervenga ningún empleado.',
      },
      {
        company: 'Photo-Me',
        text: 'Sus fotomatones sirven a personas que necesitan fotos de carné cada pocos años, de modo que todo se reduce a una sesión rápida y fiable.',
      },
      {
        company: 'Coinstar',
        text: 'Sus máquinas de recuento de monedas, instaladas en supermercados, convierten un bote de calderilla en dinero o en un vale en pocos minutos, y la mayoría de usuarios solo las usa de vez en cuando.',
      },
    ],
    advantages: [
      'Ventas ágiles y eficientes',
      'Cómodo para el comprador',
      'Poca relación que gestionar',
      'Barato de operar y fácil de replicar en otros puntos de venta',
    ],
    disadvantages: [
      'Relación superficial, sin profundidad',
      'Poca o ninguna fidelidad',
      'Cada venta hay que ganarla de nuevo',
      'Cuesta saber quiénes son los clientes',
    ],
    whenToChoose: {
      segmentExpectations:
        'Encaja cuando el cliente quiere entrar y salir deprisa, compra por impulso o solo necesita la oferta una vez, y cualquier contacto adicional le resultaría una molestia.',
      acquisitionCost:
        'Funciona si captar a cada comprador sale barato, por ejemplo gracias al tránsito de gente, a una buena ubicación o a las búsquedas, porque las compras repetidas rara vez amortizarán un coste de adquisición elevado.',
      retentionGoal:
        'Es propio de negocios que no dependen de que el cliente vuelva; si se necesitan visitas repetidas, conviene combinarlo con un elemento a largo plazo o de fidelización.',
      upsellNeed:
        'La venta adicional se limita al momento de pagar (un tamaño mayor, un extra), porque no habrá otra ocasión de vender más.',
    },
  },
  'automated-service': {
    definition:
      'Una versión más elaborada del autoservicio en la que el software hace lo que, de otro modo, harían personas: desde ' +
      'chatbots que responden preguntas hasta motores que sugieren qué ver o qué comprar a continuación. Los algoritmos ' +
      'aprenden del historial de cada cliente y de quienes tienen hábitos parecidos, de modo que la experiencia parece ' +
      'hecha a medida aunque no intervenga nadie. Su verdadera fuerza está en ofrecer sugerencias pertinentes a gran ' +
      'escala; muchos servicios digitales y de suscripción funcionan en gran parte así.',
    examples: [
      {
        company: 'Netflix',
        text: 'Propone películas y series a partir de lo que cada espectador ya ha visto y le ahorra una larga búsqueda de lo próximo que ver.',
      },
      {
        company: 'Amazon',
        text: 'Recomienda productos según los pedidos anteriores del comprador y lo que han mirado o comprado clientes de gustos parecidos.',
      },
      {
        company: 'LinkedIn',
        text: 'Su función «Personas que quizá conozcas» propone contactos nuevos de forma automática y anima a los usuarios a ampliar su red.',
      },
      {
        company: 'Spotify',
        text: 'Prepara para cada oyente listas personalizadas como Descubrimiento semanal a partir de lo que ha estado escuchando.',
      },
    ],
    advantages: [
      'Escala a un número enorme de clientes',
      'Experiencia personalizada sin esfuerzo del personal',
      'Disponible las 24 horas',
      'Las sugerencias acertadas aumentan el uso y las ventas',
    ],
    disadvantages: [
      'Poco o ningún contacto humano',
      'Puede resultar impersonal o equivocarse',
      'Automatizar en exceso puede costar ventas y clientes donde se espera a una persona',
      'Exige datos e inversión inicial en tecnología',
    ],
    whenToChoose: {
      segmentExpectations:
        'Indicado para segmentos amplios y acostumbrados a lo digital que valoran la rapidez y la pertinencia más que hablar con alguien; hay que mantener una vía humana para los casos complejos o delicados.',
      acquisitionCost:
        'Encaja con clientes cuyo coste de adquisición y margen no dejan presupuesto para tiempo de personal, ya que atender a un usuario más no cuesta casi nada.',
      retentionGoal:
        'Ayuda a retener cuando las sugerencias personalizadas hacen que la gente vuelva a por más; conviene vigilar si la falta de contacto humano está elevando la tasa de abandono sin que se note.',
      upsellNeed:
        'Muy eficaz para la venta cruzada: los motores de recomendación muestran productos relacionados y complementos en el momento oportuno.',
    },
  },
  'self-service': {
    definition:
      'La empresa pone a disposición del cliente todo lo que necesita, pero deja que busque, elija, compre y a menudo ' +
      'termine la tarea por su cuenta. No hay una relación directa con el personal: la relación está en la distribución ' +
      'de la tienda, en la web o en el centro de ayuda. Así funcionan la mayoría de las tiendas online, los supermercados ' +
      'y muchos servicios de suscripción, lo que contiene los costes y deja el control en manos del cliente.',
    examples: [
      {
        company: 'IKEA',
        text: 'Los clientes recorren la exposición, apuntan lo que les gusta, recogen las cajas planas en el almacén y montan los muebles en casa.',
      },
      {
        company: 'Tesco',
        text: 'Como la mayoría de los supermercados, deja que el cliente encuentre los productos, los compare en el lineal y pague en cajas de autopago sin pedir ayuda a nadie.',
      },
      {
        company: 'Zalando',
        text: 'Como en casi todo el comercio electrónico, el cliente navega, filtra, hace el pedido y gestiona las devoluciones en línea sin ayuda de nadie.',
      },
    ],
    advantages: [
      'Económico de operar',
      'Da al cliente control y comodidad',
      'Escala sin dificultad cuando crece el volumen',
      'El ahorro puede trasladarse a precios más bajos',
    ],
    disadvantages: [
      'Apenas hay trato humano',
      'Frustración cuando algo falla y no hay nadie para ayudar',
      'Menos conversaciones de las que aprender',
      'Al cliente le resulta fácil comparar e irse',
    ],
    whenToChoose: {
      segmentExpectations:
        'Adecuado para clientes que saben lo que quieren, miran el precio y prefieren actuar a su ritmo antes que esperar a que alguien los atienda.',
      acquisitionCost:
        'Conviene cuando captar clientes es barato y los márgenes son estrechos, porque un servicio sin personal mantiene bajo el coste por cliente.',
      retentionGoal:
        'La retención depende de que la experiencia sea fluida, así que merece la pena invertir en contenidos de ayuda claros, devoluciones sencillas y una forma de contactar con una persona cuando surgen problemas.',
      upsellNeed:
        'La venta adicional se apoya en la disposición y los avisos (expositores, packs, sugerencias al pagar) más que en conversaciones; si vender más es importante, se pueden añadir recomendaciones automáticas.',
    },
  },
  'personal-assistance': {
    definition:
      'El cliente puede hablar con un empleado de carne y hueso que le asesora, resuelve sus dudas y soluciona problemas, ' +
      'ya sea en la tienda, en un centro de atención telefónica o por correo y chat. Le atiende quien esté disponible, no ' +
      'alguien asignado a él, y el vínculo suele terminar al cerrarse la operación, como cuando un vendedor enseña las ' +
      'prestaciones de un traje o de un coche nuevo. Los equipos propios venden y atienden, algo habitual en tiendas ' +
      'físicas, comercio de lujo, banca privada y ventas de alto valor o a empresas.',
    examples: [
      {
        company: 'Apple',
        text: 'Los clientes reservan cita en el Genius Bar de una Apple Store y reciben diagnóstico y consejo individual de un empleado formado.',
      },
      {
        company: 'Louis Vuitton',
        text: 'En sus boutiques, los asesores de venta acompañan a cada cliente por la colección con la atención esmerada que se espera del lujo.',
      },
      {
        company: 'Best Buy',
        text: 'Los vendedores de tienda y el Geek Squad ayudan en persona a elegir aparatos electrónicos y a resolver problemas de instalación o reparación.',
      },
    ],
    advantages: [
      'Alta satisfacción del cliente',
      'Genera confianza y fidelidad',
      'Resuelve preguntas y necesidades complejas',
      'El personal conoce de primera mano lo que quiere el cliente',
    ],
    disadvantages: [
      'Consume muchos recursos: requiere personal formado',
      'Costes operativos más altos',
      'La calidad varía de un empleado a otro',
      'Solo crece contratando a más gente',
    ],
    whenToChoose: {
      segmentExpectations:
        'Indicado cuando la compra es compleja, arriesgada o emocional y el cliente espera el consejo de alguien que conozca el producto.',
      acquisitionCost:
        'Es asumible cuando el importe de los pedidos o los márgenes bastan para pagar el tiempo del personal, como en bienes caros y contratos con empresas.',
      retentionGoal:
        'Un buen servicio fideliza, pero sin un interlocutor fijo el vínculo puede diluirse tras la venta; si importan las compras repetidas, hay que añadir seguimiento o un elemento a largo plazo.',
      upsellNeed:
        'El personal detecta necesidades y sugiere en el acto accesorios, mejoras o servicios, lo que la hace eficaz para las ventas complementarias.',
    },
  },
  'dedicated-personal-assistance': {
    definition:
      'La forma de asistencia más cercana: un representante concreto se ocupa de un cliente o de una cuenta a lo largo ' +
      'del tiempo, conoce su historial y sus preferencias y atiende personalmente cada petición. Va más allá del soporte ' +
      'estándar con soluciones a medida y es habitual en la banca privada, las tarjetas premium y la gestión de grandes ' +
      'cuentas entre empresas.',
    examples: [
      {
        company: 'American Express',
        text: 'Los titulares de la tarjeta Platinum pueden llamar a un servicio de conserjería que les organiza, por ejemplo, un vuelo y un hotel de última hora para un viaje de trabajo, ocupándose de todos los detalles.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'A cada cliente de gran patrimonio se le asigna su propio banquero privado, que gestiona tanto sus cuentas como sus inversiones.',
      },
      {
        company: 'Microsoft',
        text: 'Las grandes empresas clientes trabajan con un gestor de cuenta asignado que conoce su infraestructura y coordina el soporte, las licencias y las renovaciones.',
      },
    ],
    advantages: [
      'Fidelidad muy sólida',
      'Servicio a medida y muy personalizado',
      'Conocimiento profundo de las necesidades de cada cliente',
      'Detecta pronto problemas y nuevas oportunidades',
    ],
    disadvantages: [
      'Exige muchísimos recursos',
      'Caro de mantener',
      'La relación puede marcharse con la persona',
      'Solo compensa con un número reducido de clientes valiosos',
    ],
    whenToChoose: {
      segmentExpectations:
        'Conviene reservarla para segmentos de alto valor, como grandes patrimonios o cuentas corporativas importantes, que esperan una persona que los conozca.',
      acquisitionCost:
        'Se justifica cuando tanto el coste de adquisición como el valor del cliente a lo largo del tiempo son altos, de modo que perder una sola cuenta duele de verdad.',
      retentionGoal:
        'Excelente para conservar a los clientes valiosos: el trato personal y la historia compartida hacen que irse se viva como una pérdida.',
      upsellNeed:
        'Muy útil para hacer crecer las cuentas, porque el interlocutor asignado percibe pronto las nuevas necesidades y puede proponer productos o servicios adicionales.',
    },
  },
  'co-creation': {
    definition:
      'En lugar de limitarse a consumir, los clientes participan en la construcción de la oferta: envían ideas, votan, dan ' +
      'su opinión, escriben reseñas o suben contenido. El negocio crece a medida que los usuarios aportan, y por eso las ' +
      'redes sociales dependen de ello. Aprovecha la creatividad de los clientes y suele estrechar el vínculo, porque uno ' +
      'se preocupa por lo que ha ayudado a construir.',
    examples: [
      {
        company: 'LEGO',
        text: 'En LEGO Ideas los aficionados proponen diseños de sets y otros los votan; los elegidos salen a la venta y su autor recibe una parte de los ingresos.',
      },
      {
        company: 'YouTube',
        text: 'Casi todo lo que hay en la plataforma lo hacen sus creadores, cuyos vídeos atraen a los espectadores y a los anunciantes.',
      },
      {
        company: 'Amazon',
        text: 'Invita a los compradores a puntuar y reseñar lo que han adquirido, y esas opiniones ayudan a decidir a otros clientes.',
      },
      {
        company: 'Instagram',
        text: 'Como otras redes sociales, su valor está en las fotos, los vídeos y los comentarios que los usuarios publican unos para otros.',
      },
    ],
    advantages: [
      'Gran implicación del cliente',
      'Aprovecha la creatividad y las ideas de los clientes',
      'Contenidos y productos creados a bajo coste',
      'Fuerte sentimiento de pertenencia y apego a la marca',
    ],
    disadvantages: [
      'Requiere mucho tiempo de gestión',
      'Puede exigir bastante moderación y coordinación',
      'La calidad de las aportaciones es desigual',
      'Quienes contribuyen pueden esperar reconocimiento o recompensa',
    ],
    whenToChoose: {
      segmentExpectations:
        'Encaja con segmentos de usuarios apasionados, creativos o expertos que quieren dar forma al producto y que se les reconozca por ello.',
      acquisitionCost:
        'Las aportaciones como reseñas y contenido compartido actúan como marketing gratuito y prueba social, y abaratan la captación de nuevos clientes.',
      retentionGoal:
        'Quienes contribuyen tienden a quedarse porque han puesto esfuerzo e identidad en la plataforma; hay que dar visibilidad y valor a su trabajo.',
      upsellNeed:
        'Menos directa para la venta adicional, pero los productos diseñados con los clientes se lanzan con un público que ya está esperando para comprarlos.',
    },
  },
  'community': {
    definition:
      'La empresa crea o apoya un espacio, como un foro en línea, un grupo de usuarios, encuentros presenciales o un canal ' +
      'social, donde los clientes intercambian conocimientos y se ayudan entre sí. Gran parte del soporte y de la ' +
      'participación procede de otros usuarios y no del personal, así que solo funciona mientras los miembros sigan ' +
      'activos. Proporciona sentido de pertenencia en torno a un interés común y permite a la empresa escuchar muy de ' +
      'cerca lo que dicen sus clientes.',
    examples: [
      {
        company: 'Adobe',
        text: 'Sus foros creativos y páginas de comunidad permiten a los usuarios publicar su trabajo, recibir opiniones y participar en retos, aprendiendo unos de otros.',
      },
      {
        company: 'Avid',
        text: 'Quienes usan su software de edición de vídeo acuden a un foro para buscar respuestas anteriores o plantear una pregunta que responden otros usuarios.',
      },
      {
        company: 'Apple',
        text: 'En las Comunidades de Soporte de Apple, los propietarios de sus dispositivos resuelven las dudas de otros usuarios.',
      },
      {
        company: 'GitHub',
        text: 'Los desarrolladores colaboran en el código, debaten incidencias y comparten lo que saben, y esa actividad es buena parte del valor del producto.',
      },
      {
        company: 'Monzo',
        text: 'Solo en 2016, este banco digital organizó más de 100 encuentros presenciales, como hackatones y quedadas, además de un foro público para recoger opiniones.',
      },
    ],
    advantages: [
      'Fomenta la fidelidad',
      'Participación en torno a intereses compartidos',
      'La ayuda entre usuarios reduce los costes de soporte',
      'Conocimiento directo de las necesidades e ideas de los clientes',
    ],
    disadvantages: [
      'Requiere moderación y gestión activas',
      'Los intercambios negativos u hostiles pueden propagarse',
      'Depende de que los voluntarios sigan implicados',
      'Los consejos erróneos entre usuarios pueden quedar sin corregir',
    ],
    whenToChoose: {
      segmentExpectations:
        'Indicada cuando los clientes comparten una pasión, una profesión o un producto complejo y disfrutan aprendiendo de sus iguales.',
      acquisitionCost:
        'Los debates y respuestas públicos atraen a recién llegados a través de los buscadores y del boca a boca, lo que ayuda a contener el coste de captación.',
      retentionGoal:
        'Muy eficaz para retener: quien se siente parte de un grupo y ha ayudado a otros se resiste a marcharse.',
      upsellNeed:
        'Moderada; los miembros muestran usos avanzados, lo que anima a otros a probar funciones premium o complementos.',
    },
  },
  'fans': {
    definition:
      'Algunos clientes van más allá de comprar: adoran la marca, la lucen, acuden a sus eventos y se apuntan a sus clubes. ' +
      'La empresa alimenta esa pasión con encuentros exclusivos, membresías y reconocimiento, y a cambio los fans se ' +
      'convierten en prescriptores sin sueldo que hablan de ella en su entorno.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'Los propietarios se unen a los capítulos del Harley Owners Group, viajan a concentraciones exclusivas y visten la ropa de la marca, y atraen a nuevos moteros con su puro entusiasmo.',
      },
      {
        company: 'Jeep',
        text: 'Los conductores se saludan en la carretera y se reúnen en eventos todoterreno como los fines de semana Jeep Jamboree, y el coche acaba siendo una seña de identidad.',
      },
      {
        company: 'Lululemon',
        text: 'Recluta a monitores y deportistas locales como embajadores que representan a la marca en sus estudios y en sus barrios.',
      },
    ],
    advantages: [
      'Potente recomendación boca a boca',
      'Gran fidelidad de los clientes',
      'Las recomendaciones abaratan el marketing',
      'Resistencia cuando la competencia baja precios',
    ],
    disadvantages: [
      'Cuesta mantener vivo el entusiasmo con el tiempo',
      'La exclusividad puede echar atrás a los recién llegados',
      'Los fans reaccionan con fuerza ante cambios impopulares',
      'Difícil de crear de forma deliberada',
    ],
    whenToChoose: {
      segmentExpectations:
        'Adecuado para productos ligados a la identidad, el estilo de vida o una pasión (motos, deporte, música, videojuegos), en los que el cliente quiere pertenecer y demostrarlo.',
      acquisitionCost:
        'Los fans atraen a otros gratis, así que, una vez que existe un núcleo, el coste de captación puede bajar mucho.',
      retentionGoal:
        'Excelente para la fidelidad, pero solo mientras se siga alimentando la pasión con eventos, acceso privilegiado y reconocimiento.',
      upsellNeed:
        'Los fans compran con gusto merchandising, mejoras y experiencias; las ediciones limitadas y las ofertas exclusivas para miembros funcionan bien.',
    },
  },
  'long-term': {
    definition:
      'La empresa mantiene el contacto mucho después de la primera compra, con actualizaciones periódicas, soporte, nuevas ' +
      'funciones y personalización que hacen que la oferta siga mereciendo la pena. Es el extremo opuesto a las ' +
      'transacciones puntuales y suele ir unida a pagos recurrentes, como una suscripción, una membresía o un contrato de ' +
      'servicio. Los programas de fidelización que premian a quien vuelve también entran aquí.',
    examples: [
      {
        company: 'Salesforce',
        text: 'Las empresas se suscriben a su CRM y reciben un flujo constante de actualizaciones, funciones nuevas y soporte, de modo que el producto se gana su sitio año tras año.',
      },
      {
        company: 'Costco',
        text: 'Los clientes pagan una cuota anual de socio, y los precios bajos y las ventajas están pensados para que la mayoría la renueve.',
      },
      {
        company: 'Starbucks',
        text: 'Starbucks Rewards da a sus miembros estrellas con cada compra, bebidas gratis y ofertas personalizadas en su app, lo que anima a volver con frecuencia.',
      },
    ],
    advantages: [
      'Implicación sostenida',
      'Ingresos recurrentes y previsibles',
      'Mayor valor del cliente a lo largo del tiempo',
      'Tiempo para conocer a cada cliente y mejorar',
    ],
    disadvantages: [
      'Hay que seguir aportando valor para conseguir renovaciones',
      'El cliente puede cansarse de la relación',
      'Inversión continua en actualizaciones y soporte',
      'Las bajas duelen en cuanto el valor flaquea',
    ],
    whenToChoose: {
      segmentExpectations:
        'Encaja cuando el cliente usa la oferta una y otra vez, o de forma continua, y quiere que siga mejorando sin tener que comprar desde cero.',
      acquisitionCost:
        'Imprescindible cuando captar clientes es caro, porque ese coste solo se recupera tras meses o años de ingresos recurrentes.',
      retentionGoal:
        'Es el tipo pensado para objetivos de retención: hay que seguir las renovaciones y las bajas y añadir valor sin parar para que el cliente siempre tenga un motivo para quedarse.',
      upsellNeed:
        'Una buena base para la venta adicional, ya que una relación duradera ofrece ocasiones periódicas de proponer planes superiores y complementos.',
    },
  },
  'switching-costs': {
    definition:
      'La relación se vuelve difícil de romper por las barreras de salida: contratos, financiación, datos almacenados, ' +
      'formas de trabajar ya aprendidas o inversiones que se perderían al pasarse a un competidor. Cuando el cliente ha ' +
      'dedicado tiempo y esfuerzo al producto, cambiar de proveedor resulta costoso en dinero o en molestias. La primera ' +
      'empresa que crea esos lazos en un mercado es la que más gana, porque retiene a los clientes antes de que llegue la competencia.',
    examples: [
      {
        company: 'T-Mobile',
        text: 'Quien compra un teléfono a plazos queda ligado al operador hasta terminar de pagarlo; irse antes supone liquidar lo pendiente, un posible daño a su historial crediticio y bastantes trámites.',
      },
      {
        company: 'Apple',
        text: 'Las fotos en iCloud, las apps compradas e iMessage hacen tedioso pasar del iPhone a otra plataforma, así que muchos usuarios se quedan dentro del ecosistema.',
      },
      {
        company: 'SAP',
        text: 'Las empresas dedican años a configurar su ERP en torno a sus procesos, de modo que sustituirlo implica una migración de datos costosa y volver a formar a la plantilla.',
      },
    ],
    advantages: [
      'Alta retención de clientes',
      'A la competencia le cuesta atraerlos',
      'Base de ingresos estable y previsible',
      'Premia a quien llega primero a un mercado',
    ],
    disadvantages: [
      'Puede generar resentimiento en el cliente',
      'Limita la libertad del cliente',
      'El cliente atrapado se va, y se queja, en cuanto puede',
      'Puede atraer la atención de los reguladores',
    ],
    whenToChoose: {
      segmentExpectations:
        'Funciona cuando el cliente invierte esfuerzo en la puesta en marcha, en sus datos o en aprender, o acepta un compromiso a cambio de un mejor precio o de un dispositivo.',
      acquisitionCost:
        'Útil cuando captar a un cliente es caro o está subvencionado (un móvil rebajado, una implantación gratuita) y hace falta tiempo para recuperar la inversión.',
      retentionGoal:
        'Asegura una retención alta, pero debe ir acompañado de valor real: quien se queda solo porque no tiene más remedio se irá en cuanto desaparezca la barrera.',
      upsellNeed:
        'El cliente cautivo está abierto a complementos dentro del ecosistema, pero insistir en vender más encima de la dependencia enseguida parece un abuso.',
    },
  },
  'direct': {
    definition:
      'La empresa lleva toda la relación a través de sus propios canales, como su web, su app, su equipo comercial o sus ' +
      'tiendas, sin concesionarios ni minoristas de por medio. Eso le da pleno control sobre los precios, la información y ' +
      'el servicio, y pone los datos y las opiniones de los clientes directamente en sus manos. A cambio, tiene que crear ' +
      'y gestionar todo eso por su cuenta.',
    examples: [
      {
        company: 'Tesla',
        text: 'El comprador hace el pedido en la web de Tesla y recoge el coche en un centro de la marca, así que la información y el trato son coherentes de principio a fin.',
      },
      {
        company: 'Warby Parker',
        text: 'Vende sus gafas en su propia web y en sus tiendas, con un servicio para probarlas en casa, en lugar de hacerlo a través de ópticas independientes.',
      },
      {
        company: 'Dell',
        text: 'Se hizo un nombre permitiendo a los clientes configurar y pedir ordenadores directamente al fabricante, primero por teléfono y después por internet.',
      },
    ],
    advantages: [
      'Control total de la experiencia del cliente',
      'Crea relaciones sólidas',
      'Datos y opiniones de los clientes de primera mano',
      'Se queda con el margen que se llevaría un intermediario',
    ],
    disadvantages: [
      'Requiere una infraestructura sólida',
      'Costes operativos más altos',
      'Entrar en nuevos mercados es más lento que con socios',
      'Todos los problemas de servicio recaen en la empresa',
    ],
    whenToChoose: {
      segmentExpectations:
        'Indicada cuando el cliente valora una experiencia de marca coherente y no le importa comprar al fabricante en lugar de en una tienda conocida.',
      acquisitionCost:
        'La empresa asume todo el coste de captación (marketing, tiendas propias, equipo comercial), por lo que conviene a marcas capaces de atraer clientes por sí solas.',
      retentionGoal:
        'Ser dueño de la relación y de los datos facilita el seguimiento, la personalización y la retención de los clientes.',
      upsellNeed:
        'Muy favorable: todos los puntos de contacto son propios, así que se pueden ofrecer mejoras, accesorios y servicios sin que un intermediario se quede con una parte.',
    },
  },
  'indirect': {
    definition:
      'La empresa llega a los clientes a través de intermediarios que venden, asesoran y a menudo prestan el servicio ' +
      'posventa. Esto amplía el alcance con rapidez al aprovechar las redes, los puntos de venta y la confianza de los ' +
      'socios, pero la empresa ve menos a sus clientes y decide menos sobre cómo se les trata.',
    examples: [
      {
        company: 'Ford',
        text: 'Vende sus vehículos a través de una red de concesionarios independientes que se ocupan de la venta, la atención al cliente y el mantenimiento.',
      },
      {
        company: 'Toyota',
        text: 'También se apoya en concesionarios para llegar a compradores de todo el mundo y acepta que la experiencia cambie de un concesionario a otro.',
      },
      {
        company: 'Procter & Gamble',
        text: 'Sus marcas llegan al consumidor a través de supermercados, farmacias y tiendas online, que son quienes controlan el momento de la compra.',
      },
    ],
    advantages: [
      'Amplía rápidamente el alcance en el mercado',
      'Aprovecha las redes y el conocimiento local de los socios',
      'Menos inversión en infraestructura propia',
      'Los socios asumen parte de la atención',
    ],
    disadvantages: [
      'Menos control sobre la experiencia del cliente',
      'Riesgo de que el mensaje de marca se diluya',
      'Acceso limitado a los datos de los clientes',
      'Margen compartido con los intermediarios',
    ],
    whenToChoose: {
      segmentExpectations:
        'Encaja cuando el cliente espera comprar cerca de casa, comparar marcas en un mismo sitio o recibir servicio de un socio cercano en el que ya confía.',
      acquisitionCost:
        'Los socios aportan su propio flujo de clientes y abaratan llegar a otros nuevos a cambio de una parte de cada venta.',
      retentionGoal:
        'La retención es más difícil de dirigir porque la relación la tiene el socio; conviene reforzarla con garantías, apps o el registro del producto, que vinculan al cliente con la marca.',
      upsellNeed:
        'La venta adicional depende de los incentivos y la formación de los socios, así que hay que alinear las comisiones y darles herramientas para vender complementos.',
    },
  },
} satisfies TypePages;
