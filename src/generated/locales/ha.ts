
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Ku tura bitcoin kaɗai zuwa wannan adireshin.`,
's10293b583f64a5af': str`Adadin kuɗi: ${0}`,
's115e71a454cf4e8d': `Wannan ya yi tsayi da yawa don lambar QR: ku kwafa shi a maimakon haka.`,
's1689f326edd7834d': str`Lambar QR: ${0}`,
's187999cb647b23a0': str`Ku buɗe ${0}, ko ku yi sikanin lambar da wayarku.`,
's198eb4f161373c15': `Ɓoye lambar QR`,
's1ac552a86e8f69d2': str`Tallafa wa ${0}`,
's1f7698c061c208c9': `Buɗe`,
's2e21febd4d5578b4': `Ku tura Monero (XMR) kaɗai zuwa wannan adireshin.`,
's2e3d378f9ac37305': str`Ku tura kuɗi zuwa wannan lambar ta manhaja ko menu na ${0}.`,
's3687049d1af562c4': `Kwafa`,
's3a4ba25f6a30b73a': `Ku yi sikanin lambar da manhajar bankinku, ko ku kwafa IBAN don tura kuɗi.`,
's4cf4779b67c838b1': `Tallafa wa wannan aikin`,
's55e5893157983396': str`${0} yana nuna wa mai karɓa sunanku da adireshin imel ɗinku.`,
's5e8250fb85d64c23': `Rufe`,
's7333afdacfe9bea1': `Ku tura SOL kaɗai, a kan Solana, zuwa wannan adireshin.`,
's73b9f65d56644d9b': `Ku buɗe mahaɗin, ko ku yi sikanin lambar da wayarku.`,
's750f312e6ef461e4': `Nuna lambar QR`,
's8f6f8522dab43ede': `Ku yi sikanin lambar a manhajar bankinku, ko ku kwafa lambar Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Za ku zaɓi adadin kuɗi a cikin manhajar.`,
's97c94f1dfda299d9': `Ku kwafa wannan, ku yi amfani da shi a manhajar bankinku ko ta biyan kuɗi.`,
'sa4ce463b95c6a3a0': `Tura kuɗi ta banki (SEPA)`,
'sb212959788937bd8': `Zaɓi yadda za ku biya. Tallafinku zai isa gare su kai tsaye: babu buƙatar asusu, babu wani caji.`,
'sba98a7152d80b949': `Adadin kuɗi`,
'sbf120547d7d8386d': `Ku yi sikanin lambar da kowace manhajar UPI.`,
'sc8c6f5f9b8630c3d': `Ba a saita hanyar biya ba tukuna.`,
'scd52c4fff734b36d': `An kwafa. Mun gode!`,
'sd292612c3f2cae54': `Mun gode da goyon bayanku!`,
'se02c0f75e47573a9': `Ku buɗe manhajar walat ɗinku, ku yi sikanin lambar da ita, ko ku kwafa adireshin.`,
'se8b18d0f2f450b3e': `Buɗe walat`,
'sed5cb0acd0f78e8f': `An hana kwafa a wannan shafin. An riga an zaɓi rubutun: ku kwafa shi da allon madannai ko menu.`,
'sf4de3bfbfaca12e5': `An kwafa`,
'sf75e70fd19df0056': `Ku tura ether (ETH) kaɗai, a kan Ethereum, zuwa wannan adireshin.`,
'sfb90f260d605430d': str`Biyan kuɗi ta ${0} na iya bayyana ga kowa: ku duba saitin sirri kafin ku biya.`,
'tip': `Tallafa`,
    };
  