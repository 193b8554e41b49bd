
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Envie somente bitcoin para este endereço.`,
's10293b583f64a5af': str`Valor: ${0}`,
's115e71a454cf4e8d': `É longo demais para um QR Code: copie o texto.`,
's1689f326edd7834d': str`QR Code: ${0}`,
's187999cb647b23a0': str`Abra ${0} ou escaneie o código com o celular.`,
's198eb4f161373c15': `Ocultar QR Code`,
's1ac552a86e8f69d2': str`Apoie ${0}`,
's1f7698c061c208c9': `Abrir`,
's2e21febd4d5578b4': `Envie somente Monero (XMR) para este endereço.`,
's2e3d378f9ac37305': str`Envie para este número pelo app ou pelo menu de ${0}.`,
's3687049d1af562c4': `Copiar`,
's3a4ba25f6a30b73a': `Escaneie o código com o app do seu banco ou copie o IBAN para fazer uma transferência.`,
's4cf4779b67c838b1': `Apoie este trabalho`,
's55e5893157983396': str`${0} mostra seu nome e seu e-mail para quem recebe.`,
's5e8250fb85d64c23': `Fechar`,
's7333afdacfe9bea1': `Envie somente SOL na rede Solana para este endereço.`,
's73b9f65d56644d9b': `Abra o link ou escaneie o código com o celular.`,
's750f312e6ef461e4': `Mostrar QR Code`,
's8f6f8522dab43ede': `Escaneie o código no app do seu banco ou copie o código Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Você escolhe o valor no app.`,
's97c94f1dfda299d9': `Copie estes dados e use no app do seu banco ou de pagamentos.`,
'sa4ce463b95c6a3a0': `Transferência bancária (SEPA)`,
'sb212959788937bd8': `Escolha como pagar. Sua contribuição vai direto para quem recebe: sem cadastro, sem comissão.`,
'sba98a7152d80b949': `Valor`,
'sbf120547d7d8386d': `Escaneie o código com qualquer app UPI.`,
'sc8c6f5f9b8630c3d': `Nenhuma forma de pagamento foi configurada ainda.`,
'scd52c4fff734b36d': `Copiado. Obrigado!`,
'sd292612c3f2cae54': `Obrigado pelo seu apoio!`,
'se02c0f75e47573a9': `Abra o app da sua carteira, escaneie o código com ele ou copie o endereço.`,
'se8b18d0f2f450b3e': `Abrir carteira`,
'sed5cb0acd0f78e8f': `A cópia está bloqueada nesta página. O texto foi selecionado: copie pelo teclado ou pelo menu.`,
'sf4de3bfbfaca12e5': `Copiado`,
'sf75e70fd19df0056': `Envie somente ether (ETH) na rede Ethereum para este endereço.`,
'sfb90f260d605430d': str`Pagamentos via ${0} podem ser públicos: confira a configuração de privacidade antes de pagar.`,
'tip': `Apoiar`,
    };
  