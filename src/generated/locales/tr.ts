
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Bu adrese yalnızca bitcoin gönderin.`,
's10293b583f64a5af': str`Tutar: ${0}`,
's115e71a454cf4e8d': `Bu metin QR kod için çok uzun: lütfen kopyalayın.`,
's1689f326edd7834d': str`QR kodu: ${0}`,
's187999cb647b23a0': str`${0} sayfasını açın veya kodu telefonunuzla tarayın.`,
's198eb4f161373c15': `QR kodu gizle`,
's1ac552a86e8f69d2': str`${0} için destek`,
's1f7698c061c208c9': `Aç`,
's2e21febd4d5578b4': `Bu adrese yalnızca Monero (XMR) gönderin.`,
's2e3d378f9ac37305': str`${0} uygulamasından veya menüsünden bu numaraya gönderin.`,
's3687049d1af562c4': `Kopyala`,
's3a4ba25f6a30b73a': `Kodu bankacılık uygulamanızla tarayın veya havale için IBAN'ı kopyalayın.`,
's4cf4779b67c838b1': `Bu çalışmayı destekleyin`,
's55e5893157983396': str`${0}, adınızı ve e-posta adresinizi alıcıya gösterir.`,
's5e8250fb85d64c23': `Kapat`,
's7333afdacfe9bea1': `Bu adrese yalnızca Solana ağında SOL gönderin.`,
's73b9f65d56644d9b': `Bağlantıyı açın veya kodu telefonunuzla tarayın.`,
's750f312e6ef461e4': `QR kodu göster`,
's8f6f8522dab43ede': `Kodu bankanızın uygulamasında tarayın veya Pix kodunu (Pix Copia e Cola) kopyalayın.`,
's92e50d66c9437695': `Tutarı uygulamada siz seçersiniz.`,
's97c94f1dfda299d9': `Bunu kopyalayıp banka veya ödeme uygulamanızda kullanın.`,
'sa4ce463b95c6a3a0': `Banka havalesi (SEPA)`,
'sb212959788937bd8': `Nasıl ödeyeceğinizi seçin. Desteğiniz doğrudan alıcıya ulaşır: hesap gerekmez, komisyon alınmaz.`,
'sba98a7152d80b949': `Tutar`,
'sbf120547d7d8386d': `Kodu herhangi bir UPI uygulamasıyla tarayın.`,
'sc8c6f5f9b8630c3d': `Henüz bir ödeme yöntemi ayarlanmadı.`,
'scd52c4fff734b36d': `Kopyalandı. Teşekkürler!`,
'sd292612c3f2cae54': `Desteğiniz için teşekkürler!`,
'se02c0f75e47573a9': `Cüzdan uygulamanızı açıp kodu tarayın veya adresi kopyalayın.`,
'se8b18d0f2f450b3e': `Cüzdanı aç`,
'sed5cb0acd0f78e8f': `Bu sayfada kopyalama engellendi. Metin seçildi: klavye veya menüyü kullanarak kopyalayın.`,
'sf4de3bfbfaca12e5': `Kopyalandı`,
'sf75e70fd19df0056': `Bu adrese yalnızca Ethereum ağında ether (ETH) gönderin.`,
'sfb90f260d605430d': str`${0} ödemeleri herkese açık olabilir: ödeme yapmadan önce gizlilik ayarını kontrol edin.`,
'tip': `Destek ol`,
    };
  