
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Invia solo bitcoin a questo indirizzo.`,
's10293b583f64a5af': str`Importo: ${0}`,
's115e71a454cf4e8d': `È troppo lungo per un codice QR: puoi copiarlo.`,
's1689f326edd7834d': str`Codice QR: ${0}`,
's187999cb647b23a0': str`Apri ${0} o scansiona il codice con il telefono.`,
's198eb4f161373c15': `Nascondi codice QR`,
's1ac552a86e8f69d2': str`Sostieni ${0}`,
's1f7698c061c208c9': `Apri`,
's2e21febd4d5578b4': `Invia solo Monero (XMR) a questo indirizzo.`,
's2e3d378f9ac37305': str`Invia a questo numero dall’app o dal menu di ${0}.`,
's3687049d1af562c4': `Copia`,
's3a4ba25f6a30b73a': `Scansiona il codice con l’app della tua banca o copia l’IBAN per fare un bonifico.`,
's4cf4779b67c838b1': `Sostieni questo lavoro`,
's55e5893157983396': str`${0} mostra al destinatario il tuo nome e il tuo indirizzo email.`,
's5e8250fb85d64c23': `Chiudi`,
's7333afdacfe9bea1': `Invia solo SOL sulla rete Solana a questo indirizzo.`,
's73b9f65d56644d9b': `Apri il link o scansiona il codice con il telefono.`,
's750f312e6ef461e4': `Mostra codice QR`,
's8f6f8522dab43ede': `Scansiona il codice nell’app della tua banca o copia il codice Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `L’importo lo scegli nell’app.`,
's97c94f1dfda299d9': `Copia questi dati e usali nella tua app bancaria o di pagamento.`,
'sa4ce463b95c6a3a0': `Bonifico bancario (SEPA)`,
'sb212959788937bd8': `Scegli come pagare. Il tuo contributo arriva direttamente a destinazione: niente account, niente commissioni.`,
'sba98a7152d80b949': `Importo`,
'sbf120547d7d8386d': `Scansiona il codice con qualsiasi app UPI.`,
'sc8c6f5f9b8630c3d': `Non è ancora stato impostato nessun metodo di pagamento.`,
'scd52c4fff734b36d': `Copiato. Grazie!`,
'sd292612c3f2cae54': `Grazie per il tuo sostegno!`,
'se02c0f75e47573a9': `Apri l’app del tuo wallet e scansiona il codice, oppure copia l’indirizzo.`,
'se8b18d0f2f450b3e': `Apri wallet`,
'sed5cb0acd0f78e8f': `La copia è bloccata su questa pagina. Il testo è selezionato: copialo con la tastiera o dal menu.`,
'sf4de3bfbfaca12e5': `Copiato`,
'sf75e70fd19df0056': `Invia solo ether (ETH) sulla rete Ethereum a questo indirizzo.`,
'sfb90f260d605430d': str`I pagamenti con ${0} possono essere pubblici: controlla le impostazioni della privacy prima di pagare.`,
'tip': `Sostieni`,
    };
  