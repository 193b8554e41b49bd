import { mobileMoney } from './mobile-money.js';

/** Airtel Money: mobile money, paid to a phone number from the operator's app or USSD menu. */
export default mobileMoney('airtel-money', 'Airtel Money');
