
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `이 주소로는 비트코인만 보내세요.`,
's10293b583f64a5af': str`금액: ${0}`,
's115e71a454cf4e8d': `너무 길어서 QR 코드로 만들 수 없습니다. 대신 복사하세요.`,
's1689f326edd7834d': str`QR 코드: ${0}`,
's187999cb647b23a0': str`${0} 페이지를 열거나 휴대폰으로 QR 코드를 스캔하세요.`,
's198eb4f161373c15': `QR 코드 숨기기`,
's1ac552a86e8f69d2': str`${0} 후원하기`,
's1f7698c061c208c9': `열기`,
's2e21febd4d5578b4': `이 주소로는 Monero(XMR)만 보내세요.`,
's2e3d378f9ac37305': str`${0} 앱이나 메뉴에서 이 번호로 송금하세요.`,
's3687049d1af562c4': `복사`,
's3a4ba25f6a30b73a': `은행 앱으로 QR 코드를 스캔하거나, IBAN을 복사해 계좌이체하세요.`,
's4cf4779b67c838b1': `창작자 후원하기`,
's55e5893157983396': str`${0}에서 결제하면 받는 사람에게 이름과 이메일 주소가 표시됩니다.`,
's5e8250fb85d64c23': `닫기`,
's7333afdacfe9bea1': `이 주소로는 Solana 네트워크의 SOL만 보내세요.`,
's73b9f65d56644d9b': `링크를 열거나 휴대폰으로 QR 코드를 스캔하세요.`,
's750f312e6ef461e4': `QR 코드 보기`,
's8f6f8522dab43ede': `은행 앱에서 QR 코드를 스캔하거나, Pix 코드(Pix Copia e Cola)를 복사하세요.`,
's92e50d66c9437695': `금액은 앱에서 입력하세요.`,
's97c94f1dfda299d9': `이 내용을 복사해 은행 앱이나 결제 앱에서 사용하세요.`,
'sa4ce463b95c6a3a0': `은행 송금(SEPA)`,
'sb212959788937bd8': `결제 방법을 선택하세요. 후원금은 수수료 없이 바로 전달되며, 계정도 필요 없습니다.`,
'sba98a7152d80b949': `금액`,
'sbf120547d7d8386d': `UPI 앱이라면 어떤 앱으로든 QR 코드를 스캔할 수 있습니다.`,
'sc8c6f5f9b8630c3d': `아직 설정된 결제 방법이 없습니다.`,
'scd52c4fff734b36d': `복사되었습니다. 감사합니다!`,
'sd292612c3f2cae54': `후원해 주셔서 감사합니다!`,
'se02c0f75e47573a9': `지갑 앱을 열어 QR 코드를 스캔하거나 주소를 복사하세요.`,
'se8b18d0f2f450b3e': `지갑 열기`,
'sed5cb0acd0f78e8f': `이 페이지에서는 복사가 차단되어 있습니다. 텍스트를 선택해 두었으니 키보드나 메뉴로 복사하세요.`,
'sf4de3bfbfaca12e5': `복사됨`,
'sf75e70fd19df0056': `이 주소로는 Ethereum 네트워크의 이더(ETH)만 보내세요.`,
'sfb90f260d605430d': str`${0} 결제 내역은 공개될 수 있습니다. 결제 전에 개인정보 설정을 확인하세요.`,
'tip': `후원하기`,
    };
  