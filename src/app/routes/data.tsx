import { DataPage, type DataLinks } from '../../features/data/data-page'
import { paths, route } from '../../config/paths'
import { usePageTitle } from '../../components/use-page-title'

const links: DataLinks = {
  self: (query) => route(paths.data.href(query)),
  result: (query) => paths.result.href(query),
  step: (key) => paths.step.href(key),
}

/** `#/data` (or `#/data?<result query>`): the team's own files, checked in the browser. */
export default function DataRoute() {
  usePageTitle('Check your own data')
  return <DataPage links={links} />
}
