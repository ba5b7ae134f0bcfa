import type { TypeSummaries } from './types';

/** Each type's one-line summary in Portuguese, as the list shows it (the names are in type-names.ts). */
export default {
  'transactional': {
    summary: 'Vendas rápidas e com pouco contato: o comprador pode comprar uma vez e nunca mais voltar.',
  },
  'automated-service': {
    summary: 'A tecnologia atende cada cliente sem funcionários e muitas vezes ajusta as sugestões ao histórico dele.',
  },
  'self-service': {
    summary: 'O cliente resolve sozinho com as ferramentas e informações que você oferece, sem falar com a equipe.',
  },
  'personal-assistance': {
    summary: 'A equipe ajuda na loja, por telefone ou chat, antes e depois da venda, sem um contato fixo.',
  },
  'dedicated-personal-assistance': {
    summary: 'Uma pessoa designada cuida do cliente e o conhece bem, como um gerente de contas ou o gerente do banco.',
  },
  'co-creation': {
    summary: 'Os clientes ajudam a criar valor: desenham produtos, escrevem avaliações ou produzem o conteúdo que atrai outros.',
  },
  'community': {
    summary: 'Os usuários se conectam entre si e com a marca para trocar conhecimento, resolver problemas e sentir que pertencem.',
  },
  'fans': {
    summary: 'Clientes entusiasmados e fiéis que se identificam com a marca e a indicam para outras pessoas.',
  },
  'long-term': {
    summary: 'Uma relação contínua que entrega valor ao longo do tempo, muitas vezes por assinatura ou adesão.',
  },
  'switching-costs': {
    summary: 'Os clientes ficam porque sair custaria dinheiro, tempo, dados ou esforço.',
  },
  'direct': {
    summary: 'Você mesmo vende e atende, sem intermediários, com controle total sobre a experiência do cliente.',
  },
  'indirect': {
    summary: 'Parceiros como revendedores, distribuidores ou varejistas cuidam do contato diário com o cliente por você.',
  },
} satisfies TypeSummaries;
