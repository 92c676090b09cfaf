/** How stack policies name a piece of Alibaba compute: `ecs.Instance "web" in cn-hangzhou`. */
import type { GraphNode } from "../graph/stack-graph";
import type { StackModel } from "../graph/stack-model";
import { printableRegion } from "./scope";

export function computeText(m: StackModel, n: GraphNode): string {
  const t = m.ctx.t;
  return t.computeAt(t.resource(n.view.type, n.view.name), printableRegion(m.region(n)));
}
