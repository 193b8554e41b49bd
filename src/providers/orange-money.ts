import { mobileMoney } from './mobile-money.js';

/** Orange Money: mobile money, paid to a phone number from the operator's app or USSD menu. */
export default mobileMoney('orange-money', 'Orange Money');
