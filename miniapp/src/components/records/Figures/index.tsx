import { Text, View } from '@tarojs/components';
import './index.scss';

export interface Figure {
  label: string;
  value: string;
  /** Emphasised: the figure the block is about (a balance, a total). */
  strong?: boolean;
}

/** Label-value rows (a record's fields, a year's totals): each row reads as "label: value". */
export function Figures({ rows }: { rows: readonly Figure[] }) {
  return (
    <View className="rec-figures">
      {rows.map((row) => (
        <View key={row.label} className="rec-figures__row" aria-label={`${row.label}: ${row.value}`}>
          <Text className="rec-figures__label">{row.label}</Text>
          <Text className={row.strong ? 'rec-figures__value rec-figures__value--strong' : 'rec-figures__value'}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}
