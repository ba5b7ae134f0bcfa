import type { TypePages } from './pages';

/** A página de cada tipo em português: definição, exemplos, vantagens, desvantagens e quando escolher. */
export default {
  'transactional': {
    definition:
      'A relação dura só o tempo da venda: o cliente encontra o que procura, paga e vai embora, muitas vezes sem falar ' +
      'com ninguém. Boa parte dos compradores compra uma única vez ou raramente e pode não ter motivo para voltar, então ' +
      'tudo é pensado para a rapidez e a conveniência, não para a fidelidade. Fica no extremo oposto dos relacionamentos ' +
      'de longo prazo.',
    examples: [
      {
        company: 'Ben & Jerry\'s',
        text: 'Suas máquinas automáticas de sorvete deixam quem passa num dia de calor pagar, escolher o sabor e sair na hora com o pote, sem nenhum funcionário envolvido.',
      },
      {
        company: 'Photo-Me',
        text: 'Suas cabines de foto para documentos atendem pessoas que precisam de fotos só de tempos em tempos, então tudo se resume a uma sessão rápida e confiável.',
      },
      {
        company: 'Coinstar',
        text: 'Seus quiosques de contagem de moedas em supermercados transformam um pote de trocados em dinheiro ou vale em poucos minutos, e a maioria dos usuários só aparece de vez em quando.',
      },
    ],
    advantages: [
      'Vendas rápidas e eficientes',
      'Prático para o comprador',
      'Pouco relacionamento para gerenciar',
      'Barato de operar e fácil de replicar em outros pontos',
    ],
    disadvantages: [
      'Relação superficial, sem profundidade',
      'Pouca ou nenhuma fidelidade',
      'Cada venda precisa ser conquistada de novo',
      'Difícil saber quem são os clientes',
    ],
    whenToChoose: {
      segmentExpectations:
        'Faz sentido quando o cliente quer entrar e sair rápido, compra por impulso ou precisa da oferta uma única vez, e veria qualquer contato extra como um incômodo.',
      acquisitionCost:
        'Funciona quando cada comprador custa pouco para ser conquistado, por exemplo pelo fluxo de pessoas, por um bom ponto ou pela busca on-line, porque compras repetidas raramente vão pagar um custo de aquisição alto.',
      retentionGoal:
        'Serve para negócios que não dependem da volta do cliente; se você precisa de visitas recorrentes, combine-o com um elemento de longo prazo ou de fidelidade.',
      upsellNeed:
        'Limite a venda adicional ao momento da compra (um tamanho maior, um adicional), porque não haverá outra oportunidade de vender mais.',
    },
  },
  'automated-service': {
    definition:
      'Uma forma mais sofisticada de autoatendimento em que o software faz o que, de outro modo, seria feito por pessoas: ' +
      'de chatbots que respondem dúvidas a mecanismos que sugerem o que assistir ou comprar em seguida. Os algoritmos ' +
      'aprendem com o histórico de cada cliente e com pessoas de hábitos parecidos, então a experiência parece feita sob ' +
      'medida mesmo sem ninguém envolvido. Sua grande força está em fazer sugestões relevantes em larga escala; muitos ' +
      'serviços digitais e de assinatura funcionam em boa parte assim.',
    examples: [
      {
        company: 'Netflix',
        text: 'Sugere filmes e séries com base no que cada espectador já assistiu, poupando uma longa busca pelo próximo título.',
      },
      {
        company: 'Amazon',
        text: 'Recomenda produtos a partir dos pedidos anteriores do comprador e do que clientes com gostos parecidos viram ou compraram.',
      },
      {
        company: 'LinkedIn',
        text: 'O recurso “Pessoas que talvez você conheça” sugere novos contatos automaticamente e incentiva os membros a ampliar sua rede.',
      },
      {
        company: 'Spotify',
        text: 'Monta para cada ouvinte playlists personalizadas, como a Descobertas da Semana, a partir do que ele tem ouvido.',
      },
    ],
    advantages: [
      'Atende um número enorme de clientes',
      'Experiência personalizada sem esforço da equipe',
      'Disponível 24 horas por dia',
      'Sugestões relevantes aumentam o uso e as vendas',
    ],
    disadvantages: [
      'Pouco ou nenhum contato humano',
      'Pode parecer impessoal ou errar',
      'Automatizar demais pode custar vendas e clientes onde se espera uma pessoa',
      'Exige dados e investimento inicial em tecnologia',
    ],
    whenToChoose: {
      segmentExpectations:
        'Indicado para segmentos grandes e à vontade com o digital, que valorizam rapidez e relevância mais do que falar com alguém; mantenha uma opção humana para casos complexos ou delicados.',
      acquisitionCost:
        'Combina com clientes cujo custo de aquisição e margem não deixam verba para o tempo da equipe, já que atender mais um usuário quase não custa nada.',
      retentionGoal:
        'Ajuda a reter quando as sugestões personalizadas fazem as pessoas voltarem; fique de olho se a ausência de contato humano está aumentando o churn sem que ninguém perceba.',
      upsellNeed:
        'Forte para venda cruzada: os mecanismos de recomendação mostram produtos relacionados e complementos ao cliente na hora certa.',
    },
  },
  'self-service': {
    definition:
      'A empresa oferece tudo de que o cliente precisa, mas deixa que ele procure, escolha, compre e muitas vezes conclua ' +
      'a tarefa sozinho. Não há relação direta com a equipe: o relacionamento está na disposição da loja, no site ou na ' +
      'central de ajuda. A maioria das lojas on-line, dos supermercados e de muitos serviços de assinatura funciona ' +
      'assim, o que mantém os custos baixos e deixa o cliente no controle.',
    examples: [
      {
        company: 'IKEA',
        text: 'Os clientes percorrem o showroom, anotam o que escolheram, retiram as caixas desmontadas no depósito e montam os móveis em casa.',
      },
      {
        company: 'Tesco',
        text: 'Como a maioria dos supermercados, deixa o cliente achar os produtos, compará-los na gôndola e pagar no caixa de autoatendimento sem pedir ajuda a ninguém.',
      },
      {
        company: 'Zalando',
        text: 'Como em quase todo o comércio eletrônico, o cliente navega, filtra, faz o pedido e organiza as devoluções on-line totalmente por conta própria.',
      },
    ],
    advantages: [
      'Operação de baixo custo',
      'Dá ao cliente controle e praticidade',
      'Escala com facilidade quando o volume cresce',
      'A economia pode virar preços mais baixos',
    ],
    disadvantages: [
      'Quase nenhum contato humano',
      'Frustração quando algo dá errado e não há ninguém para ajudar',
      'Menos conversas com que aprender',
      'É fácil para o cliente comparar e ir embora',
    ],
    whenToChoose: {
      segmentExpectations:
        'Ideal para clientes que sabem o que querem, prestam atenção ao preço e preferem agir no próprio ritmo a esperar por atendimento.',
      acquisitionCost:
        'Bom quando conquistar clientes é barato e as margens são apertadas, porque um serviço sem equipe mantém baixo o custo por cliente.',
      retentionGoal:
        'A retenção depende de uma experiência sem atritos, então invista em conteúdo de ajuda claro, trocas e devoluções fáceis e uma forma de falar com uma pessoa quando surgir um problema.',
      upsellNeed:
        'Faça a venda adicional pela disposição e pelos estímulos (expositores, kits, sugestões no checkout), não por conversas; se vender mais for importante, acrescente recomendações automáticas.',
    },
  },
  'personal-assistance': {
    definition:
      'O cliente pode falar com um funcionário de verdade, que orienta, tira dúvidas e resolve problemas, seja na loja, ' +
      'na central de atendimento ou por e-mail e chat. Quem atende é quem estiver disponível, e não alguém designado para ' +
      'aquele cliente, e o vínculo costuma acabar quando o negócio é fechado, como quando um vendedor mostra os detalhes ' +
      'de um terno ou de um carro novo. As próprias equipes vendem e atendem, algo típico de lojas físicas, varejo de ' +
      'luxo, private banking e vendas de alto valor ou corporativas.',
    examples: [
      {
        company: 'Apple',
        text: 'O cliente agenda um horário no Genius Bar de uma Apple Store e recebe diagnóstico e orientação individuais de um funcionário treinado.',
      },
      {
        company: 'Louis Vuitton',
        text: 'Nas suas boutiques, os consultores de vendas acompanham cada cliente pela coleção, com a atenção cuidadosa que se espera do varejo de luxo.',
      },
      {
        company: 'Best Buy',
        text: 'Os vendedores da loja e a Geek Squad ajudam pessoalmente a escolher eletrônicos e a resolver problemas de instalação ou conserto.',
      },
    ],
    advantages: [
      'Alta satisfação do cliente',
      'Gera confiança e fidelidade',
      'Dá conta de dúvidas e necessidades complexas',
      'A equipe ouve diretamente o que o cliente quer',
    ],
    disadvantages: [
      'Consome muitos recursos: exige pessoas treinadas',
      'Custos operacionais mais altos',
      'A qualidade varia de um funcionário para outro',
      'Só cresce com mais contratações',
    ],
    whenToChoose: {
      segmentExpectations:
        'Escolha quando a compra é complexa, arriscada ou emocional e o cliente espera a orientação de alguém que conheça o produto.',
      acquisitionCost:
        'Viável quando o valor dos pedidos ou as margens são altos o bastante para pagar o tempo da equipe, como em bens caros e negócios corporativos.',
      retentionGoal:
        'Um bom atendimento fideliza, mas sem um contato fixo o vínculo pode se perder depois da venda; acrescente acompanhamento ou um elemento de longo prazo se a recompra for importante.',
      upsellNeed:
        'A equipe percebe necessidades e sugere na hora acessórios, upgrades ou serviços, o que torna o tipo eficaz para vendas complementares.',
    },
  },
  'dedicated-personal-assistance': {
    definition:
      'A forma mais próxima de assistência: um representante específico cuida de um cliente ou de uma conta ao longo do ' +
      'tempo, conhece seu histórico e suas preferências e trata pessoalmente de cada pedido. Vai além do suporte padrão ' +
      'com soluções sob medida e é comum no private banking, nos cartões premium e na gestão de grandes contas entre empresas.',
    examples: [
      {
        company: 'American Express',
        text: 'Quem tem o cartão Platinum pode ligar para um serviço de concierge que resolve, por exemplo, um voo e um hotel de última hora para uma viagem a trabalho, cuidando de cada detalhe.',
      },
      {
        company: 'J.P. Morgan Private Bank',
        text: 'Cada cliente de alta renda recebe seu próprio private banker, que cuida tanto das operações bancárias quanto dos investimentos.',
      },
      {
        company: 'Microsoft',
        text: 'Grandes clientes corporativos trabalham com um gerente de contas designado, que conhece a estrutura deles e coordena suporte, licenças e renovações.',
      },
    ],
    advantages: [
      'Fidelidade muito forte',
      'Atendimento sob medida e altamente personalizado',
      'Conhecimento profundo das necessidades de cada cliente',
      'Alerta precoce sobre problemas e novas oportunidades',
    ],
    disadvantages: [
      'Consome muitíssimos recursos',
      'Caro de manter',
      'O relacionamento pode ir embora junto com a pessoa',
      'Só compensa para um pequeno número de clientes valiosos',
    ],
    whenToChoose: {
      segmentExpectations:
        'Reserve para segmentos de alto valor, como pessoas de alta renda ou grandes contas corporativas, que esperam uma pessoa que os conheça.',
      acquisitionCost:
        'Justifica-se quando tanto o custo de aquisição quanto o valor do cliente ao longo do tempo são altos, de modo que perder uma única conta doeria de verdade.',
      retentionGoal:
        'Excelente para manter clientes valiosos: o laço pessoal e a história em comum fazem a saída parecer uma perda.',
      upsellNeed:
        'Forte para expandir contas, porque o contato designado percebe cedo novas necessidades e pode propor produtos ou serviços extras.',
    },
  },
  'co-creation': {
    definition:
      'Em vez de apenas consumir, os clientes participam da construção da oferta: enviam ideias, votam, dão feedback, ' +
      'escrevem avaliações ou publicam conteúdo. O negócio cresce à medida que os usuários contribuem, e é por isso que ' +
      'as redes sociais dependem disso. Aproveita a criatividade dos clientes e tende a aprofundar o vínculo, porque as ' +
      'pessoas se importam com aquilo que ajudaram a construir.',
    examples: [
      {
        company: 'LEGO',
        text: 'No LEGO Ideas os fãs enviam projetos de conjuntos e outros votam neles; os escolhidos chegam às lojas e o criador recebe uma parte da receita.',
      },
      {
        company: 'YouTube',
        text: 'Quase tudo na plataforma é feito pelos criadores, cujos vídeos atraem o público e os anunciantes.',
      },
      {
        company: 'Amazon',
        text: 'Convida os compradores a dar nota e avaliar o que compraram, e essas avaliações ajudam outros clientes a decidir.',
      },
      {
        company: 'Instagram',
        text: 'Como outras redes sociais, seu valor está nas fotos, vídeos e comentários que os usuários publicam uns para os outros.',
      },
    ],
    advantages: [
      'Alto engajamento dos clientes',
      'Aproveita a criatividade e as ideias dos clientes',
      'Conteúdo e produtos criados a baixo custo',
      'Forte sentimento de posse e apego à marca',
    ],
    disadvantages: [
      'Toma muito tempo para conduzir',
      'Pode exigir bastante moderação e gestão',
      'A qualidade das contribuições varia',
      'Quem contribui pode esperar crédito ou recompensa',
    ],
    whenToChoose: {
      segmentExpectations:
        'Combina com segmentos de usuários apaixonados, criativos ou especialistas que querem moldar o produto e ser reconhecidos por isso.',
      acquisitionCost:
        'Contribuições como avaliações e conteúdo compartilhado funcionam como marketing gratuito e prova social, reduzindo o custo de conquistar novos clientes.',
      retentionGoal:
        'Quem contribui tende a ficar, porque investiu esforço e identidade na plataforma; dê visibilidade e valor ao trabalho dessas pessoas.',
      upsellNeed:
        'Menos direto para a venda adicional, mas produtos criados com os clientes já chegam ao mercado com um público esperando para comprar.',
    },
  },
  'community': {
    definition:
      'A empresa mantém ou apoia um espaço, como um fórum on-line, um grupo de usuários, encontros presenciais ou um canal ' +
      'nas redes sociais, onde os clientes trocam conhecimento e se ajudam. Boa parte do suporte e do engajamento vem de ' +
      'outros usuários, e não da equipe, então só funciona enquanto os membros continuam ativos. Dá às pessoas um ' +
      'sentimento de pertencimento em torno de um interesse comum e permite à empresa ouvir de perto o que elas dizem.',
    examples: [
      {
        company: 'Adobe',
        text: 'Seus fóruns criativos e páginas de comunidade permitem que os usuários publiquem seus trabalhos, recebam feedback e participem de desafios, aprendendo uns com os outros.',
      },
      {
        company: 'Avid',
        text: 'Quem usa seu software de edição de vídeo recorre a um fórum para procurar respostas antigas ou postar uma pergunta que outros usuários respondem.',
      },
      {
        company: 'Apple',
        text: 'Nas Comunidades de Suporte da Apple, os donos dos aparelhos respondem às dúvidas uns dos outros.',
      },
      {
        company: 'GitHub',
        text: 'Desenvolvedores colaboram no código, discutem problemas e compartilham o que sabem, e essa atividade é uma parte importante do valor do produto.',
      },
      {
        company: 'Monzo',
        text: 'Só em 2016 o banco digital realizou mais de 100 encontros presenciais, como hackathons e meetups, além de manter um fórum público para receber feedback.',
      },
    ],
    advantages: [
      'Gera fidelidade',
      'Engajamento em torno de interesses comuns',
      'A ajuda entre usuários reduz os custos de suporte',
      'Visão direta das necessidades e ideias dos clientes',
    ],
    disadvantages: [
      'Exige moderação e gestão ativas',
      'Trocas negativas ou hostis podem se espalhar',
      'Depende de voluntários que continuem engajados',
      'Conselhos errados entre usuários podem passar sem correção',
    ],
    whenToChoose: {
      segmentExpectations:
        'Escolha quando os clientes compartilham uma paixão, uma profissão ou um produto complexo e gostam de aprender com outros usuários.',
      acquisitionCost:
        'Discussões e respostas públicas atraem novatos pela busca e pelo boca a boca, o que ajuda a manter baixo o custo de aquisição.',
      retentionGoal:
        'Forte para retenção: quem se sente parte de um grupo e já ajudou outras pessoas reluta em sair.',
      upsellNeed:
        'Moderada; os membros mostram usos avançados, o que estimula outros a experimentar recursos premium ou complementos.',
    },
  },
  'fans': {
    definition:
      'Alguns clientes vão além da compra: amam a marca, usam seus produtos com orgulho, aparecem nos eventos e entram nos ' +
      'clubes. A empresa alimenta essa paixão com encontros exclusivos, programas de membros e reconhecimento e, em troca, ' +
      'os fãs viram defensores não remunerados que espalham a palavra nos seus círculos.',
    examples: [
      {
        company: 'Harley-Davidson',
        text: 'Os donos entram nos capítulos do Harley Owners Group, viajam para encontros exclusivos e vestem as roupas da marca, atraindo novos motociclistas com puro entusiasmo.',
      },
      {
        company: 'Jeep',
        text: 'Os motoristas se cumprimentam na estrada e se reúnem em eventos off-road, como os fins de semana Jeep Jamboree, e o carro vira uma identidade.',
      },
      {
        company: 'Lululemon',
        text: 'Recruta instrutores e atletas locais como embaixadores, que representam a marca nos seus estúdios e bairros.',
      },
    ],
    advantages: [
      'Forte divulgação boca a boca',
      'Alta fidelidade dos clientes',
      'As indicações reduzem os custos de marketing',
      'Resistência quando a concorrência baixa os preços',
    ],
    disadvantages: [
      'Difícil manter o entusiasmo alto com o tempo',
      'A exclusividade pode afastar os novatos',
      'Os fãs reagem com força a mudanças impopulares',
      'Difícil de criar de propósito',
    ],
    whenToChoose: {
      segmentExpectations:
        'Combina com produtos ligados a identidade, estilo de vida ou paixão (motos, esporte, música, games), em que o cliente quer pertencer e mostrar isso.',
      acquisitionCost:
        'Os fãs trazem outras pessoas de graça, então, quando já existe um grupo central, o custo de aquisição pode cair bastante.',
      retentionGoal:
        'Excelente para a fidelidade, mas só enquanto você continuar alimentando a paixão com eventos, acesso e reconhecimento.',
      upsellNeed:
        'Os fãs compram de bom grado produtos licenciados, upgrades e experiências; edições limitadas e ofertas exclusivas para membros funcionam bem.',
    },
  },
  'long-term': {
    definition:
      'A empresa continua presente muito depois da primeira compra, com atualizações regulares, suporte, novos recursos e ' +
      'personalização que mantêm a oferta interessante. É o extremo oposto das transações pontuais e costuma vir com ' +
      'pagamento recorrente, como uma assinatura, uma adesão ou um contrato de serviço. Os programas de fidelidade que ' +
      'recompensam quem volta também entram aqui.',
    examples: [
      {
        company: 'Salesforce',
        text: 'As empresas assinam seu CRM e recebem um fluxo constante de atualizações, novos recursos e suporte, de modo que o produto continua justificando seu lugar ano após ano.',
      },
      {
        company: 'Costco',
        text: 'Os clientes pagam uma anuidade de sócio, e os preços baixos e as vantagens são pensados para que a maioria renove.',
      },
      {
        company: 'Starbucks',
        text: 'O Starbucks Rewards dá aos membros estrelas a cada compra, bebidas grátis e ofertas personalizadas no app, incentivando visitas frequentes.',
      },
    ],
    advantages: [
      'Engajamento duradouro',
      'Receita recorrente e previsível',
      'Maior valor do cliente ao longo do tempo',
      'Tempo para conhecer cada cliente e melhorar',
    ],
    disadvantages: [
      'É preciso continuar entregando valor para garantir as renovações',
      'O cliente pode se cansar do relacionamento',
      'Investimento contínuo em atualizações e suporte',
      'O churn dói assim que o valor diminui',
    ],
    whenToChoose: {
      segmentExpectations:
        'Escolha quando o cliente usa a oferta repetidas vezes, ou de forma contínua, e quer que ela continue melhorando sem precisar comprar tudo de novo.',
      acquisitionCost:
        'Essencial quando a aquisição é cara, porque esse custo só se paga depois de meses ou anos de receita recorrente.',
      retentionGoal:
        'É o tipo certo para metas de retenção: acompanhe renovações e churn e continue agregando valor para que o cliente sempre tenha um motivo para ficar.',
      upsellNeed:
        'Uma boa base para a venda adicional, já que um relacionamento duradouro cria ocasiões regulares para oferecer planos superiores e complementos.',
    },
  },
  'switching-costs': {
    definition:
      'O relacionamento fica difícil de romper por causa das barreiras de saída: contratos, financiamentos, dados ' +
      'armazenados, rotinas de trabalho já aprendidas ou investimentos que se perderiam ao migrar para um concorrente. ' +
      'Depois que o cliente dedicou tempo e esforço ao produto, trocar de fornecedor se torna caro ou trabalhoso. A ' +
      'primeira empresa a criar esses laços num mercado é a que mais ganha, porque segura os clientes antes que a ' +
      'concorrência chegue.',
    examples: [
      {
        company: 'T-Mobile',
        text: 'Quem compra um celular parcelado fica preso à operadora até quitar o aparelho; sair antes significa pagar o saldo devedor, arriscar o histórico de crédito e enfrentar muita dor de cabeça.',
      },
      {
        company: 'Apple',
        text: 'As fotos no iCloud, os apps comprados e o iMessage tornam cansativo trocar o iPhone por outra plataforma, então muitos usuários ficam dentro do ecossistema.',
      },
      {
        company: 'SAP',
        text: 'As empresas passam anos configurando seu ERP de acordo com os próprios processos, de modo que substituí-lo exige uma migração de dados cara e um novo treinamento das equipes.',
      },
    ],
    advantages: [
      'Alta retenção de clientes',
      'A concorrência tem dificuldade em atrair esses clientes',
      'Base de receita estável e previsível',
      'Recompensa quem chega primeiro ao mercado',
    ],
    disadvantages: [
      'Pode gerar ressentimento nos clientes',
      'Limita a liberdade de escolha do cliente',
      'Clientes presos vão embora, e reclamam, assim que podem',
      'Pode chamar a atenção dos órgãos reguladores',
    ],
    whenToChoose: {
      segmentExpectations:
        'Funciona quando o cliente investe esforço em implantação, dados ou aprendizado, ou aceita um compromisso em troca de um preço melhor ou de um aparelho.',
      acquisitionCost:
        'Útil quando conquistar um cliente é caro ou subsidiado (um celular com desconto, uma implantação gratuita) e você precisa de tempo para recuperar o investimento.',
      retentionGoal:
        'Garante uma retenção forte, mas precisa vir com valor real: quem fica só porque é obrigado sai no momento em que a barreira cai.',
      upsellNeed:
        'O cliente preso está aberto a complementos dentro do ecossistema, mas forçar a venda adicional em cima da dependência logo parece exploração.',
    },
  },
  'direct': {
    definition:
      'A empresa conduz todo o relacionamento pelos próprios canais, como site, app, equipe de vendas ou lojas, sem ' +
      'revendedores ou varejistas no meio do caminho. Isso dá controle total sobre preços, informações e atendimento e ' +
      'coloca os dados e o feedback dos clientes diretamente nas mãos da empresa. Em troca, ela precisa construir e ' +
      'operar tudo isso sozinha.',
    examples: [
      {
        company: 'Tesla',
        text: 'O comprador faz o pedido no site da Tesla e retira o carro num showroom da marca, de modo que as informações e o atendimento são coerentes do começo ao fim.',
      },
      {
        company: 'Warby Parker',
        text: 'Vende seus óculos pelo próprio site e pelas próprias lojas, com um serviço de prova em casa, em vez de passar por óticas independentes.',
      },
      {
        company: 'Dell',
        text: 'Ficou conhecida por deixar os clientes configurar e encomendar computadores direto do fabricante, primeiro por telefone e depois pela internet.',
      },
    ],
    advantages: [
      'Controle total da experiência do cliente',
      'Constrói relacionamentos sólidos',
      'Dados e feedback dos clientes em primeira mão',
      'Fica com a margem que iria para um intermediário',
    ],
    disadvantages: [
      'Exige uma infraestrutura robusta',
      'Custos operacionais mais altos',
      'Entrar em novos mercados é mais lento do que com parceiros',
      'Todo problema de atendimento cai nas suas mãos',
    ],
    whenToChoose: {
      segmentExpectations:
        'Escolha quando o cliente valoriza uma experiência de marca consistente e não se importa em comprar do fabricante em vez de uma loja conhecida.',
      acquisitionCost:
        'Você arca com todo o custo de aquisição (marketing, showrooms, equipe de vendas), por isso serve para marcas capazes de atrair clientes por conta própria.',
      retentionGoal:
        'Ser dono do relacionamento e dos dados facilita o acompanhamento, a personalização e a retenção dos clientes.',
      upsellNeed:
        'Forte: todos os pontos de contato são seus, então upgrades, acessórios e serviços podem ser oferecidos sem um intermediário ficar com uma parte.',
    },
  },
  'indirect': {
    definition:
      'A empresa chega aos clientes por meio de intermediários que vendem, orientam e muitas vezes prestam o serviço ' +
      'pós-venda. Isso amplia o alcance rapidamente ao aproveitar as redes, os pontos de venda e a confiança dos ' +
      'parceiros, mas a empresa enxerga menos seus clientes e tem menos voz sobre como eles são tratados.',
    examples: [
      {
        company: 'Ford',
        text: 'Vende seus veículos por uma rede de concessionárias independentes, que cuidam da venda, do atendimento ao cliente e da manutenção.',
      },
      {
        company: 'Toyota',
        text: 'Também depende de concessionárias para alcançar compradores no mundo todo e aceita que a experiência varie de uma concessionária para outra.',
      },
      {
        company: 'Procter & Gamble',
        text: 'Suas marcas chegam ao consumidor por supermercados, farmácias e varejistas on-line, que controlam o momento da compra.',
      },
    ],
    advantages: [
      'Amplia rapidamente o alcance de mercado',
      'Aproveita as redes e o conhecimento local dos parceiros',
      'Menos investimento em infraestrutura própria',
      'Os parceiros assumem parte do atendimento',
    ],
    disadvantages: [
      'Menos controle sobre a experiência do cliente',
      'Risco de a mensagem da marca se diluir',
      'Acesso limitado aos dados dos clientes',
      'Margem dividida com os intermediários',
    ],
    whenToChoose: {
      segmentExpectations:
        'Combina quando o cliente espera comprar perto de casa, comparar marcas num só lugar ou ser atendido por um parceiro próximo em quem já confia.',
      acquisitionCost:
        'Os parceiros trazem o próprio fluxo de clientes e reduzem o seu custo de alcançar novos compradores em troca de uma parte de cada venda.',
      retentionGoal:
        'A retenção é mais difícil de conduzir porque o parceiro é dono do relacionamento; reforce-a com garantias, apps ou cadastro do produto que liguem o cliente à sua marca.',
      upsellNeed:
        'A venda adicional depende dos incentivos e do treinamento dos parceiros, então alinhe as comissões e dê a eles ferramentas para vender complementos.',
    },
  },
} satisfies TypePages;
