
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Chỉ gửi bitcoin đến địa chỉ này.`,
's10293b583f64a5af': str`Số tiền: ${0}`,
's115e71a454cf4e8d': `Quá dài để tạo mã QR: hãy sao chép nội dung này.`,
's1689f326edd7834d': str`Mã QR: ${0}`,
's187999cb647b23a0': str`Mở ${0} hoặc quét mã bằng điện thoại.`,
's198eb4f161373c15': `Ẩn mã QR`,
's1ac552a86e8f69d2': str`Ủng hộ ${0}`,
's1f7698c061c208c9': `Mở`,
's2e21febd4d5578b4': `Chỉ gửi Monero (XMR) đến địa chỉ này.`,
's2e3d378f9ac37305': str`Chuyển tiền đến số này qua ứng dụng hoặc menu ${0}.`,
's3687049d1af562c4': `Sao chép`,
's3a4ba25f6a30b73a': `Quét mã bằng ứng dụng ngân hàng, hoặc sao chép IBAN để chuyển khoản.`,
's4cf4779b67c838b1': `Ủng hộ nội dung này`,
's55e5893157983396': str`${0} sẽ cho người nhận thấy tên và địa chỉ email của bạn.`,
's5e8250fb85d64c23': `Đóng`,
's7333afdacfe9bea1': `Chỉ gửi SOL trên mạng Solana đến địa chỉ này.`,
's73b9f65d56644d9b': `Mở liên kết hoặc quét mã bằng điện thoại.`,
's750f312e6ef461e4': `Hiện mã QR`,
's8f6f8522dab43ede': `Quét mã trong ứng dụng ngân hàng, hoặc sao chép mã Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Bạn tự nhập số tiền trong ứng dụng.`,
's97c94f1dfda299d9': `Sao chép thông tin này và dùng trong ứng dụng ngân hàng hoặc ví điện tử của bạn.`,
'sa4ce463b95c6a3a0': `Chuyển khoản ngân hàng (SEPA)`,
'sb212959788937bd8': `Chọn cách thanh toán. Tiền ủng hộ đến thẳng người nhận: không cần tài khoản, không mất phí.`,
'sba98a7152d80b949': `Số tiền`,
'sbf120547d7d8386d': `Quét mã bằng bất kỳ ứng dụng UPI nào.`,
'sc8c6f5f9b8630c3d': `Chưa có phương thức thanh toán nào được thiết lập.`,
'scd52c4fff734b36d': `Đã sao chép. Cảm ơn bạn!`,
'sd292612c3f2cae54': `Cảm ơn bạn đã ủng hộ!`,
'se02c0f75e47573a9': `Mở ứng dụng ví của bạn để quét mã, hoặc sao chép địa chỉ.`,
'se8b18d0f2f450b3e': `Mở ví`,
'sed5cb0acd0f78e8f': `Trang này không cho phép sao chép. Văn bản đã được chọn sẵn: hãy sao chép bằng bàn phím hoặc menu.`,
'sf4de3bfbfaca12e5': `Đã sao chép`,
'sf75e70fd19df0056': `Chỉ gửi ether (ETH) trên mạng Ethereum đến địa chỉ này.`,
'sfb90f260d605430d': str`Giao dịch ${0} có thể hiển thị công khai: hãy kiểm tra cài đặt quyền riêng tư trước khi thanh toán.`,
'tip': `Ủng hộ`,
    };
  