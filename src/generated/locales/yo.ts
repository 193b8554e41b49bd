
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Fi bitcoin nìkan ránṣẹ́ sí àdírẹ́sì yìí.`,
's10293b583f64a5af': str`Iye owó: ${0}`,
's115e71a454cf4e8d': `Èyí gùn jù fún kóòdù QR: ṣe àdàkọ rẹ̀ dípò bẹ́ẹ̀.`,
's1689f326edd7834d': str`Kóòdù QR: ${0}`,
's187999cb647b23a0': str`Ṣí ${0}, tàbí fi fóònù yín ka kóòdù náà.`,
's198eb4f161373c15': `Fi kóòdù QR pamọ́`,
's1ac552a86e8f69d2': str`Ṣe àtìlẹ́yìn fún ${0}`,
's1f7698c061c208c9': `Ṣí`,
's2e21febd4d5578b4': `Fi Monero (XMR) nìkan ránṣẹ́ sí àdírẹ́sì yìí.`,
's2e3d378f9ac37305': str`Fi owó ránṣẹ́ sí nọ́ńbà yìí láti inú áàpù tàbí mẹ́nù ${0}.`,
's3687049d1af562c4': `Ṣe àdàkọ`,
's3a4ba25f6a30b73a': `Fi áàpù báńkì yín ka kóòdù náà, tàbí ṣe àdàkọ IBAN láti fi owó ránṣẹ́.`,
's4cf4779b67c838b1': `Ṣe àtìlẹ́yìn fún iṣẹ́ yìí`,
's55e5893157983396': str`${0} máa fi orúkọ àti àdírẹ́sì ímeèlì yín han olùgbà.`,
's5e8250fb85d64c23': `Pa á dé`,
's7333afdacfe9bea1': `Fi SOL lórí Solana nìkan ránṣẹ́ sí àdírẹ́sì yìí.`,
's73b9f65d56644d9b': `Ṣí líǹkì náà, tàbí fi fóònù yín ka kóòdù náà.`,
's750f312e6ef461e4': `Fi kóòdù QR hàn`,
's8f6f8522dab43ede': `Ka kóòdù náà nínú áàpù báńkì yín, tàbí ṣe àdàkọ kóòdù Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Ẹ máa yan iye owó nínú áàpù.`,
's97c94f1dfda299d9': `Ṣe àdàkọ èyí, kí ẹ sì lò ó nínú áàpù báńkì tàbí áàpù ìsanwó yín.`,
'sa4ce463b95c6a3a0': `Ìfowóránṣẹ́ báńkì (SEPA)`,
'sb212959788937bd8': `Yan bí ẹ ṣe fẹ́ sanwó. Owó yín yóò dé ọ̀dọ̀ wọn tààrà: kò nílò àkántì, ẹnikẹ́ni kò ní yọ nínú rẹ̀.`,
'sba98a7152d80b949': `Iye owó`,
'sbf120547d7d8386d': `Fi áàpù UPI èyíkéyìí ka kóòdù náà.`,
'sc8c6f5f9b8630c3d': `Kò tíì sí ọ̀nà ìsanwó kankan tí a ṣètò.`,
'scd52c4fff734b36d': `A ti ṣe àdàkọ rẹ̀. Ẹ ṣeun!`,
'sd292612c3f2cae54': `Ẹ ṣeun fún àtìlẹ́yìn yín!`,
'se02c0f75e47573a9': `Ṣí áàpù àpò owó yín, fi í ka kóòdù náà, tàbí ṣe àdàkọ àdírẹ́sì náà.`,
'se8b18d0f2f450b3e': `Ṣí àpò owó`,
'sed5cb0acd0f78e8f': `Ojú-ìwé yìí kò gbà kí a ṣe àdàkọ. A ti yan ọ̀rọ̀ náà: ṣe àdàkọ rẹ̀ pẹ̀lú kíbọ́ọ̀dù tàbí mẹ́nù.`,
'sf4de3bfbfaca12e5': `A ti ṣe àdàkọ`,
'sf75e70fd19df0056': `Fi ether (ETH) lórí Ethereum nìkan ránṣẹ́ sí àdírẹ́sì yìí.`,
'sfb90f260d605430d': str`Àwọn ìsanwó ${0} lè hàn sí gbogbo ènìyàn: ṣàyẹ̀wò ètò àṣírí kí ẹ tó sanwó.`,
'tip': `Ṣe àtìlẹ́yìn`,
    };
  