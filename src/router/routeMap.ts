import type {
  ParamValue,
  ParamValueOneOrMore,
  ParamValueZeroOrMore,
  ParamValueZeroOrOne,
  RouteRecordInfo,
} from 'vue-router'

/**
 * What `defineRoutes` needs to read a name and a path off each record. Not `RouteRecordRaw`: its `props` and
 * `redirect` types read the route map back, which would make the table's type depend on itself.
 */
interface RouteShape {
  path: string
  name?: string
  children?: RouteShape[]
}

/**
 * The route table as written, its names and paths kept as literal types for `RouteNamedMapOf`. `createRouter`
 * still checks each record against `RouteRecordRaw`, except for misspelt extra keys (the table is no longer a
 * fresh literal there).
 */
export function defineRoutes<const Routes extends RouteShape[]>(routes: Routes): Routes {
  return routes
}

/** A child's full path: an absolute child stands alone, an empty one is its parent's own page. */
type JoinPath<Parent extends string, Child extends string> = Child extends `/${string}`
  ? Child
  : Child extends ''
    ? Parent
    : `${Parent extends `${infer Base}/` ? Base : Parent}/${Child}`

/** The `:param` segments of a path, as written (`tenantId`, `pathMatch(.*)*`). */
type ParamSegments<Path extends string> = Path extends `${infer Head}/${infer Tail}`
  ? ParamSegments<Head> | ParamSegments<Tail>
  : Path extends `:${infer Param}`
    ? Param
    : never

type Modifier<Segment extends string> = Segment extends `${string}*`
  ? '*'
  : Segment extends `${string}+`
    ? '+'
    : Segment extends `${string}?`
      ? '?'
      : ''

type ParamName<Segment extends string> = Segment extends `${infer Name}(${string}`
  ? Name
  : Segment extends `${infer Name}${Modifier<Segment>}`
    ? Name
    : Segment

type ParamType<Segment extends string, Raw extends boolean> = {
  '': ParamValue<Raw>
  '+': ParamValueOneOrMore<Raw>
  '?': ParamValueZeroOrOne<Raw>
  '*': ParamValueZeroOrMore<Raw>
}[Modifier<Segment>]

type Optional<Segment extends string> = Modifier<Segment> extends '?' | '*' ? true : false

/** A path's params (`Raw`: as given to `push`, numbers allowed); a static path takes none. */
type Params<Path extends string, Raw extends boolean> = [ParamSegments<Path>] extends [never]
  ? Record<string, never>
  : { [S in ParamSegments<Path> as Optional<S> extends true ? never : ParamName<S>]: ParamType<S, Raw> } & {
      [S in ParamSegments<Path> as Optional<S> extends true ? ParamName<S> : never]?: ParamType<S, Raw>
    }

/** One named record, flattened out of the table with its full path and the names nested under it. */
interface Entry<Name extends string, Path extends string, Nested extends string> {
  name: Name
  path: Path
  nested: Nested
}

type Entries<Route, Parent extends string> = Route extends { path: infer Path extends string }
  ? EntriesAt<Route, JoinPath<Parent, Path>>
  : never

type EntriesAt<Route, Path extends string> =
  | (Route extends { name: infer Name extends string } ? Entry<Name, Path, NamesOf<Nested<Route, Path>>> : never)
  | Nested<Route, Path>

type Nested<Route, Path extends string> = Route extends { children: readonly (infer Child)[] }
  ? Entries<Child, Path>
  : never

type NamesOf<E> = E extends Entry<infer Name, string, string> ? Name : never

/**
 * Vue Router's `RouteNamedMap` read off the route table, so a route name or param can't drift from it: what
 * unplugin-vue-router generates from page files, for a table written by hand.
 */
export type RouteNamedMapOf<Routes extends readonly unknown[]> = {
  [E in Entries<Routes[number], ''> as E['name']]: RouteRecordInfo<
    E['name'],
    E['path'],
    Params<E['path'], true>,
    Params<E['path'], false>,
    E['nested']
  >
}
