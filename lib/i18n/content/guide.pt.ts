import type { GuideTexts } from './pages';
import CHECKS from './checks.pt';

/** O guia do bloco Relacionamento com clientes em português; ids e ordem idênticos aos do guia em inglês. */
export default {
  intro:
    'O bloco Relacionamento com clientes descreve como você se relaciona com cada segmento de clientes que atende. ' +
    'Um relacionamento pode ficar em qualquer ponto entre o totalmente humano e o totalmente automatizado, e entre uma ' +
    'compra isolada e um vínculo que dura anos. A escolha define o tom da experiência que as pessoas têm com você e ' +
    'com que frequência elas voltam a interagir.',

  whyItMatters:
    'A forma como você trata os clientes determina quantos você conquista, quantos ficam e quanto cada um vale ao ' +
    'longo do tempo (o valor do tempo de vida do cliente, muitas vezes abreviado como LTV ou CLV). Bons relacionamentos ' +
    'trazem recompras, fidelidade e indicações boca a boca, além de manter o churn baixo; relacionamentos fracos deixam ' +
    'escapar clientes cuja aquisição já foi paga. Em mercados disputados, o próprio relacionamento pode ser o ' +
    'diferencial, como mostram Apple e Amazon: boa parte do seu sucesso vem da maneira como cuidam dos clientes.',

  keyQuestions: [
    'Para cada segmento: que tipo de relacionamento esses clientes esperam de nós?',
    'Quanto nos custa manter cada relacionamento funcionando, em pessoas, ferramentas e tempo?',
    'Como o relacionamento se encaixa nos nossos canais, na proposta de valor, nas receitas e nos custos?',
    'Neste momento, a prioridade é conquistar novos clientes, reter os que já temos ou vender mais para eles?',
    'Que relacionamentos os concorrentes oferecem, e onde poderíamos fazer melhor ou simplesmente diferente?',
    'O que tornaria os clientes mais fiéis a nós do que são hoje?',
    'Que partes do relacionamento poderiam ser automatizadas sem perder o que o cliente valoriza?',
    'Um atendimento altamente personalizado se paga, ou um contato mais leve atenderia o cliente igualmente bem?',
    'Alguns grupos de clientes precisam de um tipo de relacionamento diferente dos outros?',
    'O tipo ideal depende de quanto custa conquistar um novo cliente, de por quanto tempo queremos mantê-lo e de se pretendemos vender complementos ou produtos relacionados mais tarde: qual desses fatores pesa mais aqui?',
    'O relacionamento que os clientes dizem querer é mesmo algo que conseguimos pagar e sustentar? Procure o equilíbrio entre os desejos deles e o nosso modelo.',
  ],

  principles: [
    'Ajuste o relacionamento ao que cada segmento espera e ao que está disposto a pagar; um atendimento premium para compradores sensíveis a preço é dinheiro jogado fora.',
    'Concentre esforço e orçamento nos relacionamentos que geram valor no longo prazo, não só nos que fecham a próxima venda.',
    'Use a tecnologia para levar o toque pessoal mais longe: mensagens personalizadas, recomendações inteligentes e boas ferramentas permitem que uma equipe pequena dê atenção a muitos clientes.',
    'Ofereça aos clientes um lugar para se encontrarem em torno do seu produto, onde se ajudem, troquem ideias e sintam que fazem parte de algo.',
    'Peça feedback aos clientes com frequência e depois mostre o que você mudou por causa dele.',
    'Meça a satisfação e a fidelidade em intervalos regulares em vez de adivinhar o que os clientes sentem.',
    'Treine a equipe para que todo cliente tenha a mesma qualidade de experiência, seja com quem for que fale e por onde for que entre em contato.',
    'Pese bem a automação: ela reduz o custo de atender os clientes, mas, aplicada no lugar errado, pode custar vendas e clientes fiéis.',
    'Mantenha o ponto de vista do cliente sempre à vista. O escritor Orison Swett Marden chamava isso de regra de ouro dos negócios: colocar-se no lugar do cliente.',
  ],

  combining: [
    {
      title: 'Um relacionamento diferente para cada segmento',
      text: 'Os segmentos raramente querem a mesma coisa. Um banco, por exemplo, pode dar um gerente pessoal aos clientes de alta renda enquanto a maioria dos correntistas cuida do próprio dinheiro pelo app.',
    },
    {
      title: 'Vários canais lado a lado',
      text: 'Uma mesma empresa pode cuidar dos clientes de mais de uma forma ao mesmo tempo. Uma empresa de software pode oferecer artigos de ajuda automatizados, manter um fórum de usuários e ainda ter pessoas disponíveis para o suporte direto.',
    },
    {
      title: 'Tipos que se complementam',
      text: 'Misturar tipos pode fortalecer a experiência como um todo. Uma loja on-line pode recomendar produtos automaticamente e também permitir que o comprador converse com uma pessoa quando travar em alguma etapa.',
    },
    {
      title: 'Os relacionamentos mudam com o tempo',
      text: 'A maioria das empresas usa mais de um tipo, e a combinação muda à medida que a empresa cresce e os clientes amadurecem; por isso, revise o bloco regularmente em vez de tratá-lo como definitivo.',
    },
  ],

  fillingSteps: [
    {
      title: 'Descubra o que os clientes esperam',
      text: 'Antes de escolher qualquer coisa, descubra que tipo de contato cada segmento procura. Use pesquisas, entrevistas e estudos de mercado mais amplos: eles querem uma pessoa para ajudar, ferramentas para se virar sozinhos, outros usuários com quem aprender ou uma combinação disso tudo?',
    },
    {
      title: 'Planeje Conquistar, Reter e Expandir',
      text: 'Aprofunde o bloco da mesma forma que o Canvas da Proposta de Valor aprofunda segmentos e propostas de valor. Desenhe três quadros (Conquistar, Reter, Expandir) e liste as táticas concretas que você vai usar em cada fase; combine as táticas à vontade.',
    },
    {
      title: 'Resuma no canvas',
      text: 'De volta ao Business Model Canvas, escreva um título curto que capture a estratégia, por exemplo “App de autoatendimento, consultores humanos para empresas, comunidade de usuários”. Os detalhes ficam na sua grade de Conquistar, Reter e Expandir.',
    },
    {
      title: 'Mantenha o canvas uma história simples',
      text: 'O canvas deve contar uma história que os outros entendam num relance. Você vai fazer bastante trabalho de preparação para chegar lá, mas não precisa mostrar tudo; Alex Osterwalder, criador do canvas, avisa que soterrar as pessoas em detalhes equivale a um “assassinato cognitivo”.',
    },
    {
      title: 'Se precisar, aprofunde com um complemento',
      text: 'Se você quiser uma ferramenta específica para explorar este bloco com mais profundidade, conheça o complemento Customer Connection Canvas, criado por Hani W. Naguib.',
    },
    {
      title: 'Confira as ligações com os outros blocos',
      text: 'Todos os blocos do canvas estão conectados, então mudar os relacionamentos repercute nos canais, nos custos, nas receitas e em muito mais. Passe pelas perguntas de cada bloco vizinho antes de fechar a versão final.',
    },
  ],

  phases: [
    {
      id: 'get',
      name: 'Conquistar',
      goal: 'Como atraímos novos clientes e os conquistamos?',
      meaning:
        'Conquistar abrange tudo o que transforma desconhecidos em clientes: gerar visibilidade e interesse e, depois, convencer as pessoas a se cadastrar ou comprar pela primeira vez.',
      tactics: [
        'Relações públicas e cobertura da imprensa antes e durante o lançamento',
        'Presença e campanhas nas redes sociais',
        'Indicações e boca a boca dos primeiros usuários',
        'Conteúdo útil: artigos, vídeos, guias',
        'Escassez: listas de espera, acesso só com convite, lançamentos antecipados limitados',
        'Testes gratuitos, planos freemium ou demonstrações',
        'Parcerias e eventos que coloquem você diante do segmento certo',
      ],
      metrics: ['cac', 'conversion-rate', 'activation-rate', 'referral-rate'],
    },
    {
      id: 'keep',
      name: 'Reter',
      goal: 'Como mantemos os clientes satisfeitos e evitamos que eles saiam?',
      meaning:
        'Reter é manter os clientes que você já conquistou, atendendo bem e dando motivos para que continuem fiéis em vez de migrar para um concorrente.',
      tactics: [
        'Atendimento ao cliente excelente e ágil',
        'Contato regular: novidades, newsletters, acompanhamentos',
        'Programas de fidelidade e recompensas para membros',
        'Eventos da comunidade, encontros e fóruns',
        'Transparência: um roadmap público e atualizações honestas sobre o andamento',
        'Recursos do produto que entram na rotina diária dos clientes',
        'Agir de forma visível com base no feedback dos clientes',
      ],
      metrics: ['churn', 'retention-rate', 'nps', 'csat', 'ces', 'engagement'],
    },
    {
      id: 'grow',
      name: 'Expandir',
      goal: 'Como aumentamos o quanto cada cliente vale para nós?',
      meaning:
        'Expandir significa aumentar o valor dos clientes atuais: fazer com que gastem mais, comprem produtos relacionados e tragam outras pessoas por você.',
      tactics: [
        'Upsell para planos premium ou versões superiores',
        'Venda cruzada de produtos relacionados e complementos',
        'Programas de indicação que recompensam quem indica e o novo cliente',
        'Deixar os clientes investirem, por exemplo por meio de financiamento coletivo',
        'Transformar fãs em defensores e embaixadores da marca',
        'Pacotes e planos por volume ou anuais',
      ],
      metrics: ['clv', 'arpu', 'expansion-revenue', 'repeat-purchase-rate', 'referral-rate'],
    },
  ],

  frameworkOrigin:
    'O modelo Conquistar, Reter, Expandir (Get, Keep, Grow) foi criado por Steve Blank, empreendedor e professor muitas vezes apontado como quem moldou o ensino moderno sobre startups, e é explicado em Startup: Manual do Empreendedor (The Startup Owner\'s Manual), livro que ele escreveu com Bob Dorf.',

  caseStudy: {
    company: 'Monzo',
    intro:
      'O Monzo, banco digital britânico, é um exemplo bem documentado de Conquistar, Reter e Expandir na prática. Seu ex-CEO, Tom Blomfield, escreveu depois em detalhes sobre as táticas que a equipe usou para formar a primeira base de clientes.',
    steps: [
      {
        phase: 'get',
        title: 'Atenção da imprensa antes do lançamento',
        text: 'A partir de fevereiro de 2015, os fundadores decidiram criar um novo tipo de banco e apostaram pesado em relações públicas. Falaram abertamente dos seus planos com jornalistas, e as matérias no TechCrunch, no The Guardian e na Bloomberg geraram expectativa enquanto o produto ainda nem estava disponível.',
      },
      {
        phase: 'get',
        title: 'Cartões alfa exclusivos',
        text: 'Em 2015 o Monzo lançou cartões pré-pagos num teste alfa limitado a 3.000 pessoas. Inspirado no início do Gmail, só com convite, o limite fez os cartões parecerem raros, e os sortudos primeiros usuários espalharam a novidade com prazer.',
      },
      {
        phase: 'get',
        title: 'Golden Tickets',
        text: 'Em 2017 os clientes podiam distribuir “Golden Tickets” que permitiam aos amigos furar a lista de espera. Cerca de 40% dos novos cadastros daquele ano chegaram por esse caminho, e o crescimento veio sem gasto extra.',
      },
      {
        phase: 'keep',
        title: 'Encontrar os usuários pessoalmente',
        text: 'Ao longo de 2016 o Monzo promoveu mais de 100 eventos presenciais, como hackathons e meetups, para conhecer os usuários cara a cara e ouvir o que eles queriam melhorar.',
      },
      {
        phase: 'keep',
        title: 'Construir às claras',
        text: 'A empresa divulgou publicamente seu roadmap de produto e manteve os clientes informados sobre avanços e contratempos pelo blog e pelas redes sociais, o que lhe rendeu confiança.',
      },
      {
        phase: 'keep',
        title: 'Um produto de uso diário',
        text: 'Recursos como notificações instantâneas a cada gasto, divisão fácil de contas, transferências para amigos e um app simpático fizeram do Monzo parte do dia a dia e mantiveram os clientes engajados.',
      },
      {
        phase: 'grow',
        title: 'Clientes viram investidores',
        text: 'No início de 2016, uma rodada de financiamento coletivo de 1 milhão de libras se esgotou em 96 segundos. As participações individuais tinham limite para que mais gente pudesse entrar, e os clientes tiveram acesso antes do público em geral, o que aprofundou o compromisso deles.',
      },
      {
        phase: 'grow',
        title: 'Uma marca construída sobre a transparência',
        text: 'O Monzo baseou sua marca em comunidade e transparência e agiu de acordo com esses valores, por exemplo ao conduzir abertamente com os clientes a mudança de nome de Mondo para Monzo. Muitos usuários se tornaram defensores orgulhosos da marca.',
      },
      {
        phase: 'grow',
        title: 'Contas premium e indicação com recompensa dupla',
        text: 'Mais tarde o Monzo passou a vender contas com extras, como seguro-viagem e melhor rendimento da poupança, e recompensava os dois lados de cada indicação, de modo que clientes satisfeitos traziam novos clientes.',
      },
    ],
  },

  ...CHECKS,

  metrics: [
    {
      id: 'nps',
      name: 'Net Promoter Score',
      short: 'NPS',
      description: 'A probabilidade de os clientes recomendarem você, numa escala de 0 a 10; a porcentagem de promotores menos a de detratores.',
    },
    {
      id: 'csat',
      name: 'Índice de satisfação do cliente',
      short: 'CSAT',
      description: 'A porcentagem de clientes que avaliam como satisfatório um produto, uma interação ou uma compra, normalmente perguntada logo em seguida.',
    },
    {
      id: 'ces',
      name: 'Índice de esforço do cliente',
      short: 'CES',
      description: 'O quanto foi fácil para o cliente resolver algo com você, como solucionar um problema ou concluir uma tarefa.',
    },
    {
      id: 'clv',
      name: 'Valor do tempo de vida do cliente',
      short: 'LTV',
      description: 'O lucro ou a receita total que você espera de um cliente durante todo o tempo em que ele continuar com você.',
    },
    {
      id: 'churn',
      name: 'Taxa de churn',
      short: 'Churn',
      description: 'A porcentagem de clientes que param de comprar ou cancelam num determinado período.',
    },
    {
      id: 'retention-rate',
      name: 'Taxa de retenção',
      short: 'Retenção',
      description: 'A porcentagem dos clientes do início de um período que continuam clientes no final dele.',
    },
    {
      id: 'cac',
      name: 'Custo de aquisição de clientes',
      short: 'CAC',
      description: 'Quanto custa em média, em marketing e vendas, conquistar um novo cliente.',
    },
    {
      id: 'conversion-rate',
      name: 'Taxa de conversão',
      short: 'Conversão',
      description: 'A porcentagem de potenciais clientes, visitantes ou usuários em teste que se tornam clientes pagantes.',
    },
    {
      id: 'repeat-purchase-rate',
      name: 'Taxa de recompra',
      short: 'Recompra',
      description: 'A porcentagem de clientes que compram de você mais de uma vez num período.',
    },
    {
      id: 'arpu',
      name: 'Receita média por usuário',
      short: 'ARPU',
      description: 'A receita total de um período dividida pelo número de clientes ou usuários nesse período.',
    },
    {
      id: 'expansion-revenue',
      name: 'Receita de expansão',
      short: 'Expansão',
      description: 'A receita extra vinda de clientes atuais por meio de upgrades, complementos, venda cruzada ou maior uso.',
    },
    {
      id: 'referral-rate',
      name: 'Taxa de indicação',
      short: 'Indicações',
      description: 'A porcentagem de novos clientes que chegam por recomendação ou indicação de clientes atuais.',
    },
    {
      id: 'engagement',
      name: 'Engajamento do cliente',
      short: 'Engajamento',
      description: 'Com que frequência e profundidade os clientes usam seu produto ou interagem com você, por exemplo dias ativos ou sessões por semana.',
    },
    {
      id: 'active-members',
      name: 'Membros ativos da comunidade',
      short: 'Membros ativos',
      description: 'O número de membros da comunidade que publicam, respondem ou participam num período, e não apenas os cadastrados.',
    },
    {
      id: 'contributions',
      name: 'Contribuições dos clientes',
      short: 'Contribuições',
      description: 'Quanto os clientes criam para você num período, como avaliações, ideias, designs, respostas ou conteúdo.',
    },
    {
      id: 'resolution-time',
      name: 'Tempo de resolução',
      short: 'Tempo de resolução',
      description: 'O tempo médio entre o cliente relatar um problema e esse problema ser totalmente resolvido.',
    },
    {
      id: 'self-service-rate',
      name: 'Taxa de autoatendimento',
      short: 'Autoatendimento',
      description: 'A porcentagem de dúvidas ou tarefas dos clientes resolvidas sem ajuda da equipe, por exemplo por artigos de ajuda ou pelo app.',
    },
    {
      id: 'activation-rate',
      name: 'Taxa de ativação',
      short: 'Ativação',
      description: 'A porcentagem de novos cadastros que chegam ao primeiro momento de valor real, como concluir a configuração ou fazer a primeira compra.',
    },
  ],

  faq: [
    {
      question: 'Qual é o melhor tipo de relacionamento com clientes?',
      answer:
        'Nenhum é o melhor em geral. A escolha certa depende dos seus segmentos, da sua proposta de valor e do seu modelo de negócio. Um bom relacionamento dá aos clientes o que eles esperam e ainda faz sentido econômico para você, para que o negócio consiga continuar oferecendo esse relacionamento.',
    },
    {
      question: 'Devo me esforçar mais para conquistar novos clientes ou para reter os atuais?',
      answer:
        'Manter um cliente costuma ser mais barato do que encontrar um novo, então a retenção muitas vezes compensa bastante. Ainda assim, o equilíbrio certo depende do seu estágio e das suas metas de crescimento: uma startup em fase inicial pode precisar de aquisição primeiro. Na prática, a maioria das empresas bem-sucedidas trabalha nas duas frentes.',
    },
    {
      question: 'Como saber se meus relacionamentos com clientes estão funcionando?',
      answer:
        'Medindo. Números úteis incluem a taxa de churn, o nível de engajamento dos clientes, o valor do tempo de vida deles (LTV), os índices de satisfação (CSAT) e o Net Promoter Score (NPS). Escolha os poucos que refletem o que sua estratégia de relacionamento busca alcançar e acompanhe-os com regularidade.',
    },
    {
      question: 'Posso usar mais de um tipo de relacionamento?',
      answer:
        'Sim, e a maioria das empresas faz isso: tipos diferentes para segmentos diferentes, várias formas de ajudar o mesmo cliente ou tipos que se complementam. Anote os principais como um título curto no canvas.',
    },
    {
      question: 'Qual é a diferença entre Relacionamento com clientes e Canais?',
      answer:
        'Os canais descrevem os caminhos pelos quais você alcança os clientes, vende e entrega a eles. O relacionamento com clientes descreve o tipo de vínculo que você constrói ao longo desses caminhos: pessoal ou automatizado, pontual ou de longo prazo.',
    },
  ],
} satisfies GuideTexts;
