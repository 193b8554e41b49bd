
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Envía solo bitcoin a esta dirección.`,
's10293b583f64a5af': str`Cantidad: ${0}`,
's115e71a454cf4e8d': `Es demasiado largo para un código QR: mejor cópialo.`,
's1689f326edd7834d': str`Código QR: ${0}`,
's187999cb647b23a0': str`Abre ${0} o escanea el código con tu teléfono.`,
's198eb4f161373c15': `Ocultar código QR`,
's1ac552a86e8f69d2': str`Apoya a ${0}`,
's1f7698c061c208c9': `Abrir`,
's2e21febd4d5578b4': `Envía solo Monero (XMR) a esta dirección.`,
's2e3d378f9ac37305': str`Envía el pago a este número desde la app o el menú de ${0}.`,
's3687049d1af562c4': `Copiar`,
's3a4ba25f6a30b73a': `Escanea el código con la app de tu banco o copia el IBAN para hacer una transferencia.`,
's4cf4779b67c838b1': `Apoya este trabajo`,
's55e5893157983396': str`${0} muestra tu nombre y tu correo electrónico al destinatario.`,
's5e8250fb85d64c23': `Cerrar`,
's7333afdacfe9bea1': `Envía solo SOL de la red Solana a esta dirección.`,
's73b9f65d56644d9b': `Abre el enlace o escanea el código con tu teléfono.`,
's750f312e6ef461e4': `Mostrar código QR`,
's8f6f8522dab43ede': `Escanea el código en la app de tu banco o copia el código Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `La cantidad la eliges en la app.`,
's97c94f1dfda299d9': `Copia estos datos y úsalos en tu app bancaria o de pagos.`,
'sa4ce463b95c6a3a0': `Transferencia bancaria (SEPA)`,
'sb212959788937bd8': `Elige cómo pagar. Tu aporte le llega directamente: sin registros ni comisiones.`,
'sba98a7152d80b949': `Cantidad`,
'sbf120547d7d8386d': `Escanea el código con cualquier app de UPI.`,
'sc8c6f5f9b8630c3d': `Todavía no se ha configurado ningún método de pago.`,
'scd52c4fff734b36d': `Copiado. ¡Gracias!`,
'sd292612c3f2cae54': `¡Gracias por tu apoyo!`,
'se02c0f75e47573a9': `Abre la app de tu billetera, escanea el código con ella o copia la dirección.`,
'se8b18d0f2f450b3e': `Abrir billetera`,
'sed5cb0acd0f78e8f': `La copia está bloqueada en esta página. El texto está seleccionado: cópialo con el teclado o el menú.`,
'sf4de3bfbfaca12e5': `Copiado`,
'sf75e70fd19df0056': `Envía solo ether (ETH) de la red Ethereum a esta dirección.`,
'sfb90f260d605430d': str`Los pagos de ${0} pueden ser públicos: revisa la configuración de privacidad antes de pagar.`,
'tip': `Apoyar`,
    };
  