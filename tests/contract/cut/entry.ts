// The request parameters of Stripe's Prices API, as Stripe's own Node library publishes them.
import type { PriceCreateParams, PriceListParams, PriceUpdateParams } from 'stripe/cjs/resources/Prices';
export type { PriceCreateParams, PriceListParams, PriceUpdateParams };
