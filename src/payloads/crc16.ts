/** CRC-16/CCITT-FALSE, the checksum of EMVCo merchant-presented QR codes (ID 63) and so of Pix BR Codes. */

const encoder = new TextEncoder();

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) of the text's UTF-8
 * bytes, as 4 upper-case hex digits: `crc16ccitt('123456789') === '29B1'`.
 */
export function crc16ccitt(text: string): string {
  let crc = 0xffff;
  for (const byte of encoder.encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
