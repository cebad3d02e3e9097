import type { HelpBlock } from '@ssc/shared';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../a11y';
import { PhoneLink } from '../PhoneLink';
import './index.scss';

function Block({ block }: { block: HelpBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <Text className="ssc-help__paragraph">{block.text}</Text>;
    case 'steps':
    case 'list':
      return (
        <View className="ssc-help__list" {...a11y({ role: 'list' })}>
          {block.items.map((item, index) => (
            <View key={index} className="ssc-help__item" {...a11y({ role: 'listitem' })}>
              <Text className={block.type === 'steps' ? 'ssc-help__marker ssc-help__marker--step' : 'ssc-help__marker'} aria-hidden>
                {block.type === 'steps' ? `${index + 1}` : '•'}
              </Text>
              <Text className="ssc-help__item-text">{item}</Text>
            </View>
          ))}
        </View>
      );
    case 'callout':
      return (
        <View className={`ssc-help__callout ssc-help__callout--${block.tone}`} {...a11y({ role: 'note' })}>
          <Text>{block.text}</Text>
        </View>
      );
    case 'contact':
      return (
        <View className="ssc-help__contact">
          <Text className="ssc-help__contact-label">{block.label}</Text>
          <PhoneLink phone={block.phone} />
        </View>
      );
    default:
      return null; // a block type newer than this app: left out rather than shown wrong
  }
}

/** Help content as the BFF sends it: typed blocks drawn with plain components, never HTML. */
export function HelpBlocks({ blocks }: { blocks: readonly HelpBlock[] }) {
  return (
    <View className="ssc-help">
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </View>
  );
}
