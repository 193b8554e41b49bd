
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01865c7ceab5bf8c': `Hanya kirim bitcoin ke alamat ini.`,
's10293b583f64a5af': str`Jumlah: ${0}`,
's115e71a454cf4e8d': `Terlalu panjang untuk kode QR: salin saja.`,
's1689f326edd7834d': str`Kode QR: ${0}`,
's187999cb647b23a0': str`Buka ${0}, atau pindai kodenya dengan ponsel Anda.`,
's198eb4f161373c15': `Sembunyikan kode QR`,
's1ac552a86e8f69d2': str`Dukung ${0}`,
's1f7698c061c208c9': `Buka`,
's2e21febd4d5578b4': `Hanya kirim Monero (XMR) ke alamat ini.`,
's2e3d378f9ac37305': str`Kirim ke nomor ini lewat aplikasi atau menu ${0}.`,
's3687049d1af562c4': `Salin`,
's3a4ba25f6a30b73a': `Pindai kode dengan aplikasi bank Anda, atau salin IBAN untuk transfer.`,
's4cf4779b67c838b1': `Dukung karya ini`,
's55e5893157983396': str`${0} menampilkan nama dan alamat email Anda kepada penerima.`,
's5e8250fb85d64c23': `Tutup`,
's7333afdacfe9bea1': `Hanya kirim SOL di jaringan Solana ke alamat ini.`,
's73b9f65d56644d9b': `Buka tautannya, atau pindai kodenya dengan ponsel Anda.`,
's750f312e6ef461e4': `Tampilkan kode QR`,
's8f6f8522dab43ede': `Pindai kode di aplikasi bank Anda, atau salin kode Pix (Pix Copia e Cola).`,
's92e50d66c9437695': `Anda menentukan jumlahnya di aplikasi.`,
's97c94f1dfda299d9': `Salin ini, lalu gunakan di aplikasi bank atau aplikasi pembayaran Anda.`,
'sa4ce463b95c6a3a0': `Transfer bank (SEPA)`,
'sb212959788937bd8': `Pilih cara pembayaran. Tip Anda langsung sampai ke penerima: tanpa akun, tanpa potongan.`,
'sba98a7152d80b949': `Jumlah`,
'sbf120547d7d8386d': `Pindai kode dengan aplikasi UPI apa saja.`,
'sc8c6f5f9b8630c3d': `Belum ada metode pembayaran yang disiapkan.`,
'scd52c4fff734b36d': `Tersalin. Terima kasih!`,
'sd292612c3f2cae54': `Terima kasih atas dukungan Anda!`,
'se02c0f75e47573a9': `Buka aplikasi dompet kripto Anda dan pindai kodenya, atau salin alamatnya.`,
'se8b18d0f2f450b3e': `Buka dompet`,
'sed5cb0acd0f78e8f': `Halaman ini tidak mengizinkan penyalinan. Teksnya sudah dipilih: salin dengan keyboard atau menu.`,
'sf4de3bfbfaca12e5': `Tersalin`,
'sf75e70fd19df0056': `Hanya kirim ether (ETH) di jaringan Ethereum ke alamat ini.`,
'sfb90f260d605430d': str`Pembayaran lewat ${0} bisa terlihat publik: periksa pengaturan privasi sebelum membayar.`,
'tip': `Dukung`,
    };
  