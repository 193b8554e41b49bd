
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Senden Sie nur Bitcoin an diese Adresse.`,
's10293b583f64a5af': str`Betrag: ${0}`,
's115e71a454cf4e8d': `Zu lang für einen QR-Code: Bitte kopieren Sie den Text.`,
's1689f326edd7834d': str`QR-Code: ${0}`,
's187999cb647b23a0': str`Öffnen Sie ${0} oder scannen Sie den Code mit Ihrem Smartphone.`,
's198eb4f161373c15': `QR-Code ausblenden`,
's1ac552a86e8f69d2': str`${0} unterstützen`,
's1f7698c061c208c9': `Öffnen`,
's2e21febd4d5578b4': `Senden Sie nur Monero (XMR) an diese Adresse.`,
's2e3d378f9ac37305': str`Senden Sie den Betrag über die App oder das Menü von ${0} an diese Nummer.`,
's3687049d1af562c4': `Kopieren`,
's3a4ba25f6a30b73a': `Scannen Sie den Code mit Ihrer Banking-App oder kopieren Sie die IBAN für eine Überweisung.`,
's4cf4779b67c838b1': `Diese Arbeit unterstützen`,
's55e5893157983396': str`${0} zeigt dem Empfänger Ihren Namen und Ihre E-Mail-Adresse.`,
's5e8250fb85d64c23': `Schließen`,
's7333afdacfe9bea1': `Senden Sie nur SOL im Solana-Netzwerk an diese Adresse.`,
's73b9f65d56644d9b': `Öffnen Sie den Link oder scannen Sie den Code mit Ihrem Smartphone.`,
's750f312e6ef461e4': `QR-Code anzeigen`,
's8f6f8522dab43ede': `Scannen Sie den Code in der App Ihrer Bank oder kopieren Sie den Pix-Code (Pix Copia e Cola).`,
's92e50d66c9437695': `Den Betrag wählen Sie in der App.`,
's97c94f1dfda299d9': `Kopieren Sie diese Angaben und verwenden Sie sie in Ihrer Banking- oder Bezahl-App.`,
'sa4ce463b95c6a3a0': `Banküberweisung (SEPA)`,
'sb212959788937bd8': `Wählen Sie eine Zahlungsart. Ihr Beitrag kommt direkt an: ohne Konto, ohne Provision.`,
'sba98a7152d80b949': `Betrag`,
'sbf120547d7d8386d': `Scannen Sie den Code mit einer beliebigen UPI-App.`,
'sc8c6f5f9b8630c3d': `Es wurde noch keine Zahlungsmöglichkeit eingerichtet.`,
'scd52c4fff734b36d': `Kopiert. Vielen Dank!`,
'sd292612c3f2cae54': `Vielen Dank für Ihre Unterstützung!`,
'se02c0f75e47573a9': `Öffnen Sie Ihre Wallet-App, scannen Sie damit den Code oder kopieren Sie die Adresse.`,
'se8b18d0f2f450b3e': `Wallet öffnen`,
'sed5cb0acd0f78e8f': `Kopieren ist auf dieser Seite blockiert. Der Text ist markiert: Kopieren Sie ihn mit der Tastatur oder über das Menü.`,
'sf4de3bfbfaca12e5': `Kopiert`,
'sf75e70fd19df0056': `Senden Sie nur Ether (ETH) im Ethereum-Netzwerk an diese Adresse.`,
'sfb90f260d605430d': str`Zahlungen über ${0} können öffentlich sein: Prüfen Sie vor dem Bezahlen die Privatsphäre-Einstellungen.`,
'tip': `Unterstützen`,
    };
  