
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `此地址只能接收比特幣。`,
's10293b583f64a5af': str`金額：${0}`,
's115e71a454cf4e8d': `內容太長，無法產生 QR 碼，請直接複製。`,
's1689f326edd7834d': str`QR 碼：${0}`,
's187999cb647b23a0': str`開啟 ${0}，或用手機掃描 QR 碼。`,
's198eb4f161373c15': `隱藏 QR 碼`,
's1ac552a86e8f69d2': str`支持${0}`,
's1f7698c061c208c9': `開啟`,
's2e21febd4d5578b4': `此地址只能接收 Monero（XMR）。`,
's2e3d378f9ac37305': str`請在 ${0} App 或選單中轉帳到這個號碼。`,
's3687049d1af562c4': `複製`,
's3a4ba25f6a30b73a': `用銀行 App 掃描 QR 碼，或複製 IBAN 進行轉帳。`,
's4cf4779b67c838b1': `支持創作者`,
's55e5893157983396': str`${0} 會向收款人顯示您的姓名和電子郵件地址。`,
's5e8250fb85d64c23': `關閉`,
's7333afdacfe9bea1': `此地址只能接收 Solana 網路上的 SOL。`,
's73b9f65d56644d9b': `開啟連結，或用手機掃描 QR 碼。`,
's750f312e6ef461e4': `顯示 QR 碼`,
's8f6f8522dab43ede': `在銀行 App 中掃描 QR 碼，或複製 Pix 代碼（Pix Copia e Cola）。`,
's92e50d66c9437695': `請在 App 中輸入金額。`,
's97c94f1dfda299d9': `複製以下內容，在銀行或付款 App 中使用。`,
'sa4ce463b95c6a3a0': `銀行轉帳（SEPA）`,
'sb212959788937bd8': `請選擇付款方式。贊助款會直接轉給對方：免註冊帳號，也不收手續費。`,
'sba98a7152d80b949': `金額`,
'sbf120547d7d8386d': `用任何 UPI App 掃描 QR 碼。`,
'sc8c6f5f9b8630c3d': `尚未設定任何付款方式。`,
'scd52c4fff734b36d': `已複製，謝謝！`,
'sd292612c3f2cae54': `感謝您的支持！`,
'se02c0f75e47573a9': `開啟錢包 App 掃描 QR 碼，或複製地址。`,
'se8b18d0f2f450b3e': `開啟錢包`,
'sed5cb0acd0f78e8f': `此頁面禁止複製。文字已選取，請用鍵盤或選單複製。`,
'sf4de3bfbfaca12e5': `已複製`,
'sf75e70fd19df0056': `此地址只能接收 Ethereum 網路上的以太幣（ETH）。`,
'sfb90f260d605430d': str`${0} 的付款紀錄可能會公開，付款前請檢查隱私設定。`,
'tip': `贊助`,
    };
  