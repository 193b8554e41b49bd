
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `N’envoyez que des bitcoins à cette adresse.`,
's10293b583f64a5af': str`Montant : ${0}`,
's115e71a454cf4e8d': `C’est trop long pour un code QR : copiez-le plutôt.`,
's1689f326edd7834d': str`Code QR : ${0}`,
's187999cb647b23a0': str`Ouvrez ${0} ou scannez le code avec votre téléphone.`,
's198eb4f161373c15': `Masquer le code QR`,
's1ac552a86e8f69d2': str`Soutenir ${0}`,
's1f7698c061c208c9': `Ouvrir`,
's2e21febd4d5578b4': `N’envoyez que des moneros (XMR) à cette adresse.`,
's2e3d378f9ac37305': str`Envoyez à ce numéro depuis l’application ou le menu ${0}.`,
's3687049d1af562c4': `Copier`,
's3a4ba25f6a30b73a': `Scannez le code avec votre application bancaire ou copiez l’IBAN pour un virement.`,
's4cf4779b67c838b1': `Soutenir ce travail`,
's55e5893157983396': str`${0} communique votre nom et votre adresse e-mail au destinataire.`,
's5e8250fb85d64c23': `Fermer`,
's7333afdacfe9bea1': `N’envoyez que des SOL, sur le réseau Solana, à cette adresse.`,
's73b9f65d56644d9b': `Ouvrez le lien ou scannez le code avec votre téléphone.`,
's750f312e6ef461e4': `Afficher le code QR`,
's8f6f8522dab43ede': `Scannez le code dans l’application de votre banque ou copiez le code Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Vous choisissez le montant dans l’application.`,
's97c94f1dfda299d9': `Copiez ces informations et utilisez-les dans votre application bancaire ou de paiement.`,
'sa4ce463b95c6a3a0': `Virement bancaire (SEPA)`,
'sb212959788937bd8': `Choisissez comment payer. Votre contribution lui parvient directement : sans compte, sans commission.`,
'sba98a7152d80b949': `Montant`,
'sbf120547d7d8386d': `Scannez le code avec n’importe quelle application UPI.`,
'sc8c6f5f9b8630c3d': `Aucun moyen de paiement n’est encore configuré.`,
'scd52c4fff734b36d': `Copié. Merci !`,
'sd292612c3f2cae54': `Merci pour votre soutien !`,
'se02c0f75e47573a9': `Ouvrez votre portefeuille, scannez le code avec l’application ou copiez l’adresse.`,
'se8b18d0f2f450b3e': `Ouvrir le portefeuille`,
'sed5cb0acd0f78e8f': `La copie est bloquée sur cette page. Le texte est sélectionné : copiez-le avec le clavier ou le menu.`,
'sf4de3bfbfaca12e5': `Copié`,
'sf75e70fd19df0056': `N’envoyez que de l’ether (ETH), sur le réseau Ethereum, à cette adresse.`,
'sfb90f260d605430d': str`Les paiements ${0} peuvent être publics : vérifiez le réglage de confidentialité avant de payer.`,
'tip': `Soutenir`,
    };
  