
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `此地址只能接收比特币。`,
's10293b583f64a5af': str`金额：${0}`,
's115e71a454cf4e8d': `内容太长，无法生成二维码，请直接复制。`,
's1689f326edd7834d': str`二维码：${0}`,
's187999cb647b23a0': str`打开 ${0}，或用手机扫描二维码。`,
's198eb4f161373c15': `隐藏二维码`,
's1ac552a86e8f69d2': str`支持${0}`,
's1f7698c061c208c9': `打开`,
's2e21febd4d5578b4': `此地址只能接收 Monero（XMR）。`,
's2e3d378f9ac37305': str`请在 ${0} 应用或菜单中向此号码转账。`,
's3687049d1af562c4': `复制`,
's3a4ba25f6a30b73a': `用银行 App 扫描二维码，或复制 IBAN 进行转账。`,
's4cf4779b67c838b1': `支持创作者`,
's55e5893157983396': str`${0} 会向收款人显示您的姓名和电子邮件地址。`,
's5e8250fb85d64c23': `关闭`,
's7333afdacfe9bea1': `此地址只能接收 Solana 网络上的 SOL。`,
's73b9f65d56644d9b': `打开链接，或用手机扫描二维码。`,
's750f312e6ef461e4': `显示二维码`,
's8f6f8522dab43ede': `在银行 App 中扫描二维码，或复制 Pix 代码（Pix Copia e Cola）。`,
's92e50d66c9437695': `请在应用中输入金额。`,
's97c94f1dfda299d9': `复制以下内容，在银行或支付应用中使用。`,
'sa4ce463b95c6a3a0': `银行转账（SEPA）`,
'sb212959788937bd8': `请选择支付方式。赞赏直接转给对方：无需注册，零手续费。`,
'sba98a7152d80b949': `金额`,
'sbf120547d7d8386d': `用任意 UPI 应用扫描二维码。`,
'sc8c6f5f9b8630c3d': `尚未设置任何支付方式。`,
'scd52c4fff734b36d': `已复制，谢谢！`,
'sd292612c3f2cae54': `感谢您的支持！`,
'se02c0f75e47573a9': `打开钱包应用扫描二维码，或复制地址。`,
'se8b18d0f2f450b3e': `打开钱包`,
'sed5cb0acd0f78e8f': `此页面禁止复制。文字已选中，请用键盘或菜单复制。`,
'sf4de3bfbfaca12e5': `已复制`,
'sf75e70fd19df0056': `此地址只能接收 Ethereum 网络上的以太币（ETH）。`,
'sfb90f260d605430d': str`${0} 的付款记录可能会公开，付款前请检查隐私设置。`,
'tip': `赞赏`,
    };
  