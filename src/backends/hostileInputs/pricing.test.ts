import { table, describeDoor, withValue } from './testing'

export const PRICE_LIST_CASES = table([
  ['prices.standard-suite', 'NaN', Number.NaN, 'required'],
  ['prices.standard-suite', 'Infinity', Number.POSITIVE_INFINITY, 'required'],
  ['prices.standard-suite', 'negative', -100, 'belowMinimum'],
  ['prices.standard-suite', 'a fraction of a cent', 10.5, 'notWholeNumber'],
  ['prices.standard-suite', 'a trillion', 1e12, 'aboveMaximum'],
  ['prices.standard-suite', 'a string', '1000', 'required'],
  ['prices.standard-suite', 'null', null, 'required'],
  ['prices.__proto__', 'a __proto__ offer', { polluted: true }, 'unknown', 'prices'],
  ['prices.constructor', 'a constructor offer', 1, 'unknown', 'prices'],
  ['prices.free-suite', 'an unknown offer', 1, 'unknown', 'prices'],
  ['prices', 'a list for the prices', [1, 2], 'unknown'],
  ['currency', 'an unknown currency', 'XXY', 'unknown'],
  ['currency', 'markup', '<b>', 'unknown'],
  ['currency', 'a number', 978, 'unknown', 'currency'],
  ['officeProDeploymentMinor', 'negative', -1, 'belowMinimum', 'officeProDeployment'],
  ['officeProDeploymentMinor', 'NaN', Number.NaN, 'required', 'officeProDeployment'],
])

describeDoor('the price list (local backend)', PRICE_LIST_CASES, {
  write: async (backend, value, hostile) => {
    const current = await backend.pricing.get()
    return backend.pricing.update(withValue(current, hostile.path, value))
  },
  tables: ['meta', 'activity'],
})
