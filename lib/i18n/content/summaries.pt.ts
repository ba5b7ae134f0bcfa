import type { TypeSummaries } from './summaries';

/** O resumo de cada tipo, como aparece na lista. */
export default {
  'transactional': 'Vendas rápidas e com pouco contato: o comprador pode comprar uma vez e nunca mais voltar.',
  'automated-service': 'A tecnologia atende cada cliente sem funcionários e muitas vezes ajusta as sugestões ao histórico dele.',
  'self-service': 'O cliente resolve sozinho com as ferramentas e informações que você oferece, sem falar com a equipe.',
  'personal-assistance': 'A equipe ajuda na loja, por telefone ou chat, antes e depois da venda, sem um contato fixo.',
  'dedicated-personal-assistance': 'Uma pessoa designada cuida do cliente e o conhece bem, como um gerente de contas ou o gerente do banco.',
  'co-creation': 'Os clientes ajudam a criar valor: desenham produtos, escrevem avaliações ou produzem o conteúdo que atrai outros.',
  'community': 'Os usuários se conectam entre si e com a marca para trocar conhecimento, resolver problemas e sentir que pertencem.',
  'fans': 'Clientes entusiasmados e fiéis que se identificam com a marca e a indicam para outras pessoas.',
  'long-term': 'Uma relação contínua que entrega valor ao longo do tempo, muitas vezes por assinatura ou adesão.',
  'switching-costs': 'Os clientes ficam porque sair custaria dinheiro, tempo, dados ou esforço.',
  'direct': 'Você mesmo vende e atende, sem intermediários, com controle total sobre a experiência do cliente.',
  'indirect': 'Parceiros como revendedores, distribuidores ou varejistas cuidam do contato diário com o cliente por você.',
} satisfies TypeSummaries;
