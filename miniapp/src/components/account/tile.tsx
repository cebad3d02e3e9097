import { Text, View } from '@tarojs/components';
import { a11y } from '../a11y';
import './tile.scss';

interface TileProps {
  title: string;
  /** One line under the title; left out in elder mode's simpler home. */
  description?: string;
  /** A large glyph drawn with text (no image to download on the first screen). */
  glyph: string;
  /** A full-width row (elder mode's single column): glyph beside the title. */
  wide?: boolean;
  onClick(): void;
}

/** A large tappable service on the home page. */
export function Tile({ title, description, glyph, wide = false, onClick }: TileProps) {
  return (
    <View className={wide ? 'acc-tile acc-tile--wide' : 'acc-tile'} {...a11y({ role: 'button' })} aria-label={description ? `${title}: ${description}` : title} onClick={onClick}>
      <Text className="acc-tile__glyph" aria-hidden>
        {glyph}
      </Text>
      <Text className="acc-tile__title">{title}</Text>
      {description ? <Text className="muted acc-tile__description">{description}</Text> : null}
    </View>
  );
}
