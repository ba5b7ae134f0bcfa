import type { TypeTexts } from './types';

/** O nome e o resumo de cada tipo, como aparecem na lista. */
export default {
  'transactional': {
    name: 'Transacional',
    summary: 'Vendas rápidas e com pouco contato: o comprador pode comprar uma vez e nunca mais voltar.',
  },
  'automated-service': {
    name: 'Serviço automatizado',
    summary: 'A tecnologia atende cada cliente sem funcionários e muitas vezes ajusta as sugestões ao histórico dele.',
  },
  'self-service': {
    name: 'Autoatendimento',
    summary: 'O cliente resolve sozinho com as ferramentas e informações que você oferece, sem falar com a equipe.',
  },
  'personal-assistance': {
    name: 'Assistência pessoal',
    summary: 'A equipe ajuda na loja, por telefone ou chat, antes e depois da venda, sem um contato fixo.',
  },
  'dedicated-personal-assistance': {
    name: 'Assistência pessoal dedicada',
    summary: 'Uma pessoa designada cuida do cliente e o conhece bem, como um gerente de contas ou o gerente do banco.',
  },
  'co-creation': {
    name: 'Cocriação',
    summary: 'Os clientes ajudam a criar valor: desenham produtos, escrevem avaliações ou produzem o conteúdo que atrai outros.',
  },
  'community': {
    name: 'Comunidade',
    summary: 'Os usuários se conectam entre si e com a marca para trocar conhecimento, resolver problemas e sentir que pertencem.',
  },
  'fans': {
    name: 'Fãs',
    summary: 'Clientes entusiasmados e fiéis que se identificam com a marca e a indicam para outras pessoas.',
  },
  'long-term': {
    name: 'De longo prazo',
    summary: 'Uma relação contínua que entrega valor ao longo do tempo, muitas vezes por assinatura ou adesão.',
  },
  'switching-costs': {
    name: 'Custos de troca',
    summary: 'Os clientes ficam porque sair custaria dinheiro, tempo, dados ou esforço.',
  },
  'direct': {
    name: 'Direto',
    summary: 'Você mesmo vende e atende, sem intermediários, com controle total sobre a experiência do cliente.',
  },
  'indirect': {
    name: 'Indireto',
    summary: 'Parceiros como revendedores, distribuidores ou varejistas cuidam do contato diário com o cliente por você.',
  },
} satisfies TypeTexts;
