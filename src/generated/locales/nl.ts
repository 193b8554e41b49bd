
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Stuur alleen bitcoin naar dit adres.`,
's10293b583f64a5af': str`Bedrag: ${0}`,
's115e71a454cf4e8d': `Dit is te lang voor een QR-code: kopieer het liever.`,
's1689f326edd7834d': str`QR-code: ${0}`,
's187999cb647b23a0': str`Open ${0} of scan de code met uw telefoon.`,
's198eb4f161373c15': `QR-code verbergen`,
's1ac552a86e8f69d2': str`Steun ${0}`,
's1f7698c061c208c9': `Openen`,
's2e21febd4d5578b4': `Stuur alleen Monero (XMR) naar dit adres.`,
's2e3d378f9ac37305': str`Stuur het bedrag naar dit nummer via de app of het menu van ${0}.`,
's3687049d1af562c4': `Kopiëren`,
's3a4ba25f6a30b73a': `Scan de code met uw bankapp of kopieer het IBAN voor een overboeking.`,
's4cf4779b67c838b1': `Steun dit werk`,
's55e5893157983396': str`${0} toont de ontvanger uw naam en e-mailadres.`,
's5e8250fb85d64c23': `Sluiten`,
's7333afdacfe9bea1': `Stuur alleen SOL via het Solana-netwerk naar dit adres.`,
's73b9f65d56644d9b': `Open de link of scan de code met uw telefoon.`,
's750f312e6ef461e4': `QR-code tonen`,
's8f6f8522dab43ede': `Scan de code in de app van uw bank of kopieer de Pix-code (Pix Copia e Cola).`,
's92e50d66c9437695': `U kiest het bedrag in de app.`,
's97c94f1dfda299d9': `Kopieer dit en gebruik het in uw bank- of betaalapp.`,
'sa4ce463b95c6a3a0': `Bankoverboeking (SEPA)`,
'sb212959788937bd8': `Kies hoe u wilt betalen. Uw bijdrage gaat rechtstreeks naar de ontvanger: geen account nodig, geen commissie.`,
'sba98a7152d80b949': `Bedrag`,
'sbf120547d7d8386d': `Scan de code met een UPI-app naar keuze.`,
'sc8c6f5f9b8630c3d': `Er is nog geen betaalmethode ingesteld.`,
'scd52c4fff734b36d': `Gekopieerd. Bedankt!`,
'sd292612c3f2cae54': `Bedankt voor uw steun!`,
'se02c0f75e47573a9': `Open uw wallet-app en scan de code, of kopieer het adres.`,
'se8b18d0f2f450b3e': `Wallet openen`,
'sed5cb0acd0f78e8f': `Kopiëren is op deze pagina geblokkeerd. De tekst is geselecteerd: kopieer hem met uw toetsenbord of via het menu.`,
'sf4de3bfbfaca12e5': `Gekopieerd`,
'sf75e70fd19df0056': `Stuur alleen ether (ETH) via het Ethereum-netwerk naar dit adres.`,
'sfb90f260d605430d': str`Betalingen via ${0} kunnen openbaar zijn: controleer uw privacy-instellingen voordat u betaalt.`,
'tip': `Steunen`,
    };
  