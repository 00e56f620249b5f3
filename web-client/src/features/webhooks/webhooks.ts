import type { Schemas } from '../../api/client'
import { changeOperationValues, changeTypeValues } from '../../api/schema'

export type Webhook = Schemas['Webhook']
export type Delivery = Schemas['WebhookDelivery']

/** Every event a webhook may ask for: each record type with each operation, as the API names them. */
export const EVENT_TYPES = changeTypeValues.flatMap((type) => changeOperationValues.map((operation) => `${type}.${operation}`))

/** Where the app keeps a new webhook's secret for the one page that shows it, never anywhere else. */
export const SECRET_STATE = 'webhookSecret'
