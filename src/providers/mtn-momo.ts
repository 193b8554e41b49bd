import { mobileMoney } from './mobile-money.js';

/** MTN MoMo: mobile money, paid to a phone number from the operator's app or USSD menu. */
export default mobileMoney('mtn-momo', 'MTN MoMo');
