
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Tuma bitcoin pekee kwa anwani hii.`,
's10293b583f64a5af': str`Kiasi: ${0}`,
's115e71a454cf4e8d': `Maandishi haya ni marefu mno kwa msimbo wa QR: yanakili badala yake.`,
's1689f326edd7834d': str`Msimbo wa QR: ${0}`,
's187999cb647b23a0': str`Fungua ${0}, au skani msimbo kwa simu yako.`,
's198eb4f161373c15': `Ficha msimbo wa QR`,
's1ac552a86e8f69d2': str`Changia ${0}`,
's1f7698c061c208c9': `Fungua`,
's2e21febd4d5578b4': `Tuma Monero (XMR) pekee kwa anwani hii.`,
's2e3d378f9ac37305': str`Tuma kwa namba hii kupitia programu au menyu ya ${0}.`,
's3687049d1af562c4': `Nakili`,
's3a4ba25f6a30b73a': `Skani msimbo kwa programu ya benki yako, au nakili IBAN kwa uhamisho wa benki.`,
's4cf4779b67c838b1': `Changia kazi hii`,
's55e5893157983396': str`${0} humwonyesha mpokeaji jina lako na barua pepe yako.`,
's5e8250fb85d64c23': `Funga`,
's7333afdacfe9bea1': `Tuma SOL pekee, kwenye mtandao wa Solana, kwa anwani hii.`,
's73b9f65d56644d9b': `Fungua kiungo, au skani msimbo kwa simu yako.`,
's750f312e6ef461e4': `Onyesha msimbo wa QR`,
's8f6f8522dab43ede': `Skani msimbo kwenye programu ya benki yako, au nakili msimbo wa Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Utaweka kiasi mwenyewe kwenye programu.`,
's97c94f1dfda299d9': `Nakili hii na uitumie kwenye programu yako ya benki au ya malipo.`,
'sa4ce463b95c6a3a0': `Uhamisho wa benki (SEPA)`,
'sb212959788937bd8': `Chagua njia ya kulipa. Mchango wako unamfikia moja kwa moja: hakuna akaunti, hakuna makato.`,
'sba98a7152d80b949': `Kiasi`,
'sbf120547d7d8386d': `Skani msimbo kwa programu yoyote ya UPI.`,
'sc8c6f5f9b8630c3d': `Bado hakuna njia ya malipo iliyowekwa.`,
'scd52c4fff734b36d': `Imenakiliwa. Asante!`,
'sd292612c3f2cae54': `Asante kwa mchango wako!`,
'se02c0f75e47573a9': `Fungua programu ya pochi yako ya kidijitali, skani msimbo, au nakili anwani.`,
'se8b18d0f2f450b3e': `Fungua pochi`,
'sed5cb0acd0f78e8f': `Kunakili kumezuiwa kwenye ukurasa huu. Maandishi yamechaguliwa: yanakili kwa kibodi au menyu.`,
'sf4de3bfbfaca12e5': `Imenakiliwa`,
'sf75e70fd19df0056': `Tuma ether (ETH) pekee, kwenye mtandao wa Ethereum, kwa anwani hii.`,
'sfb90f260d605430d': str`Malipo ya ${0} yanaweza kuonekana hadharani: angalia mipangilio ya faragha kabla ya kulipa.`,
'tip': `Changia`,
    };
  