import { mobileMoney } from './mobile-money.js';

/** M-Pesa: mobile money, paid to a phone number from the operator's app or USSD menu. */
export default mobileMoney('mpesa', 'M-Pesa');
