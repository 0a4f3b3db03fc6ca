import { bundle } from '../bundle'

// What the first pages (the shell, the dashboard and the tenant list) say; index.ts brings the rest.
export default bundle(
  import.meta.glob(
    [
      './common.json',
      './errors.json',
      './shell.json',
      './dashboard.json',
      './tenants.json',
      './offers.json',
      './table.json',
      './find.json',
    ],
    {
      eager: true,
    },
  ),
)
