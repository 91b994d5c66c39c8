import type { Rule } from 'eslint'

export declare const layeringRule: Rule.RuleModule
export declare function layerOf(file: string): {
  layer: string
  area?: string
  isPublic?: boolean
} | null
declare const plugin: { rules: { layering: Rule.RuleModule } }
export default plugin
