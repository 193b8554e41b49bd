
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Wysyłaj na ten adres tylko bitcoiny.`,
's10293b583f64a5af': str`Kwota: ${0}`,
's115e71a454cf4e8d': `Tekst jest za długi na kod QR: skopiuj go.`,
's1689f326edd7834d': str`Kod QR: ${0}`,
's187999cb647b23a0': str`Otwórz ${0} lub zeskanuj kod telefonem.`,
's198eb4f161373c15': `Ukryj kod QR`,
's1ac552a86e8f69d2': str`Wesprzyj: ${0}`,
's1f7698c061c208c9': `Otwórz`,
's2e21febd4d5578b4': `Wysyłaj na ten adres tylko Monero (XMR).`,
's2e3d378f9ac37305': str`Wyślij płatność na ten numer z aplikacji lub menu ${0}.`,
's3687049d1af562c4': `Kopiuj`,
's3a4ba25f6a30b73a': `Zeskanuj kod w aplikacji bankowej lub skopiuj IBAN, aby wykonać przelew.`,
's4cf4779b67c838b1': `Wesprzyj tę pracę`,
's55e5893157983396': str`${0} pokazuje odbiorcy Twoje imię i nazwisko oraz adres e-mail.`,
's5e8250fb85d64c23': `Zamknij`,
's7333afdacfe9bea1': `Wysyłaj na ten adres tylko SOL w sieci Solana.`,
's73b9f65d56644d9b': `Otwórz link lub zeskanuj kod telefonem.`,
's750f312e6ef461e4': `Pokaż kod QR`,
's8f6f8522dab43ede': `Zeskanuj kod w aplikacji swojego banku lub skopiuj kod Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Kwotę wybierasz w aplikacji.`,
's97c94f1dfda299d9': `Skopiuj te dane i użyj ich w aplikacji bankowej lub płatniczej.`,
'sa4ce463b95c6a3a0': `Przelew bankowy (SEPA)`,
'sb212959788937bd8': `Wybierz sposób płatności. Twoje wsparcie trafia bezpośrednio do odbiorcy: bez konta, bez prowizji.`,
'sba98a7152d80b949': `Kwota`,
'sbf120547d7d8386d': `Zeskanuj kod dowolną aplikacją UPI.`,
'sc8c6f5f9b8630c3d': `Nie skonfigurowano jeszcze żadnej metody płatności.`,
'scd52c4fff734b36d': `Skopiowano. Dziękujemy!`,
'sd292612c3f2cae54': `Dziękujemy za wsparcie!`,
'se02c0f75e47573a9': `Otwórz aplikację portfela, zeskanuj nią kod lub skopiuj adres.`,
'se8b18d0f2f450b3e': `Otwórz portfel`,
'sed5cb0acd0f78e8f': `Kopiowanie jest zablokowane na tej stronie. Tekst został zaznaczony: skopiuj go za pomocą klawiatury lub menu.`,
'sf4de3bfbfaca12e5': `Skopiowano`,
'sf75e70fd19df0056': `Wysyłaj na ten adres tylko ether (ETH) w sieci Ethereum.`,
'sfb90f260d605430d': str`Płatności w ${0} mogą być publiczne: przed zapłatą sprawdź ustawienia prywatności.`,
'tip': `Wesprzyj`,
    };
  