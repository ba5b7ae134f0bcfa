import type { GuideChecks } from '../../catalogue/checks';

/** The guide's common mistakes and block questions (what the health check names and asks); the guide spreads them. */
export default {
  mistakes: [
    {
      id: 'one-size-fits-all',
      title: 'Tratar todos os clientes da mesma forma',
      why: 'Os segmentos esperam coisas diferentes e pagam por coisas diferentes, então uma abordagem única entrega demais a uns e decepciona outros.',
      fix: 'Defina um relacionamento para cada segmento, mesmo que vários acabem usando o mesmo tipo.',
    },
    {
      id: 'underinvesting-in-retention',
      title: 'Investir pouco em reter clientes',
      why: 'Se todo o esforço vai para a aquisição, os clientes saem em silêncio e o dinheiro gasto para conquistá-los se perde.',
      fix: 'Planeje as táticas de Reter com o mesmo cuidado das de Conquistar e reserve orçamento para atendimento, engajamento e fidelidade.',
    },
    {
      id: 'ignoring-feedback',
      title: 'Não ouvir os clientes',
      why: 'Sem feedback, você só percebe os problemas tarde demais, e clientes que não se sentem ouvidos trocam de fornecedor mais depressa.',
      fix: 'Crie formas regulares de coletar feedback, aja sobre os temas principais e conte aos clientes o que mudou.',
    },
    {
      id: 'over-automating',
      title: 'Automatizar onde é preciso uma pessoa',
      why: 'Bots e autoatendimento economizam dinheiro, mas em momentos complexos, emocionais ou de alto valor frustram o cliente e custam vendas.',
      fix: 'Automatize as tarefas rotineiras e mantenha um caminho fácil até uma pessoa para os momentos que importam.',
    },
    {
      id: 'not-measuring-relationship-quality',
      title: 'Não medir a qualidade do relacionamento',
      why: 'Sem medição, não dá para saber se o relacionamento está melhorando nem qual tática funciona.',
      fix: 'Escolha poucos indicadores ligados aos seus objetivos, como NPS, CSAT, churn ou LTV, e revise-os num ritmo fixo.',
    },
    {
      id: 'not-evolving-relationships',
      title: 'Deixar o relacionamento parado no tempo',
      why: 'As necessidades dos clientes mudam à medida que eles crescem com você; um relacionamento pensado para quem compra pela primeira vez não serve para clientes antigos.',
      fix: 'Planeje como o relacionamento muda ao longo do ciclo de vida do cliente e revise o bloco conforme os clientes amadurecem.',
    },
    {
      id: 'neglecting-post-purchase',
      title: 'Esquecer o cliente depois da venda',
      why: 'Boas-vindas, integração, suporte e acompanhamento definem se as pessoas voltam a comprar ou indicam você; abandoná-las depois do pagamento desperdiça essa chance.',
      fix: 'Desenhe o que acontece depois da compra: boas-vindas, integração, acompanhamentos e um suporte fácil.',
    },
    {
      id: 'listing-channels-not-relationships',
      title: 'Escrever canais em vez de relacionamentos',
      why: 'Itens como “site”, “e-mail” ou “loja” descrevem como você chega aos clientes, o que pertence ao bloco Canais, e não dizem nada sobre o tipo de relacionamento.',
      fix: 'Descreva a natureza do relacionamento (autoatendimento, consultor dedicado, comunidade, cocriação…) e deixe os meios de entrega em Canais.',
    },
    {
      id: 'no-relationship-per-segment',
      title: 'Não ligar os relacionamentos aos segmentos',
      why: 'Um bloco que nunca diz qual segmento recebe qual tratamento não pode ser confrontado com custos, canais ou receitas.',
      fix: 'Indique o segmento ao lado de cada relacionamento, ou use a mesma cor ou o mesmo post-it para os itens correspondentes.',
    },
    {
      id: 'get-only-block',
      title: 'Pensar só em aquisição',
      why: 'Um bloco cheio de formas de atrair pessoas, mas sem nada para retê-las ou expandi-las, indica um negócio que perde clientes e tem custos de aquisição crescentes.',
      fix: 'Verifique se há pelo menos uma tática para cada fase: Conquistar, Reter e Expandir.',
    },
    {
      id: 'overloading-the-canvas',
      title: 'Amontoar todos os detalhes no canvas',
      why: 'Um canvas lotado de táticas é difícil de ler e esconde a história que você quer que os outros entendam.',
      fix: 'Coloque um título conciso no canvas e mantenha a grade detalhada de Conquistar, Reter e Expandir num documento de trabalho à parte.',
    },
  ],

  blockQuestions: [
    {
      block: 'key-partners',
      blockName: 'Parcerias principais',
      question: 'Precisamos de novos parceiros, como suporte terceirizado, revendedores ou plataformas, para manter esses relacionamentos?',
      link: 'Os parceiros podem cuidar de parte do relacionamento por você, mas aí também influenciam a experiência que o cliente tem com a sua marca.',
    },
    {
      block: 'key-activities',
      blockName: 'Atividades-chave',
      question: 'Quais atividades precisamos fazer bem para sustentar esses relacionamentos, como suporte, gestão da comunidade ou gestão de contas?',
      link: 'Todo tipo de relacionamento exige trabalho contínuo; os tipos pessoais e de comunidade, em especial, viram atividades centrais.',
    },
    {
      block: 'key-resources',
      blockName: 'Recursos principais',
      question: 'De quais pessoas, competências, dados e sistemas precisamos para construir e manter esses relacionamentos?',
      link: 'Os relacionamentos dependem de recursos como equipe treinada, um CRM, algoritmos de recomendação ou uma plataforma de comunidade.',
    },
    {
      block: 'value-propositions',
      blockName: 'Proposta de valor',
      question: 'Como nossos relacionamentos reforçam ou sustentam o valor que prometemos aos clientes?',
      link: 'O relacionamento faz parte da entrega de valor; o certo torna a oferta mais valiosa, o errado a enfraquece.',
    },
    {
      block: 'channels',
      blockName: 'Canais',
      question: 'Os relacionamentos escolhidos combinam com os canais que usamos para nos comunicar com os clientes e entregar a oferta?',
      link: 'Os relacionamentos acontecem por meio dos canais, então um relacionamento pessoal precisa de canais em que o cliente consiga de fato falar com alguém.',
    },
    {
      block: 'customer-segments',
      blockName: 'Segmentos de clientes',
      question: 'Até que ponto cada relacionamento atende às necessidades e preferências do segmento a que serve?',
      link: 'Segmentos diferentes pedem relacionamentos diferentes, então cada segmento deve ter um item correspondente neste bloco.',
    },
    {
      block: 'cost-structure',
      blockName: 'Estrutura de custos',
      question: 'Como esses relacionamentos vão alterar nossos custos, e conseguimos bancá-los em grande escala?',
      link: 'Relacionamentos custam dinheiro: o contato humano é caro, enquanto a automação exige mais investimento inicial e custa menos por cliente.',
    },
    {
      block: 'revenue-streams',
      blockName: 'Fontes de receita',
      question: 'Como esses relacionamentos vão afetar a receita, por meio da retenção, das recompras e da venda adicional?',
      link: 'Manter os clientes por mais tempo e vender mais para eles é onde os relacionamentos aparecem na receita.',
    },
  ],
} satisfies GuideChecks;
