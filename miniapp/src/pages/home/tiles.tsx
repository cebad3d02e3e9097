import { View } from '@tarojs/components';
import { Tile } from '../../components/account/tile';
import { useI18n } from '../../i18n';
import { openPage } from '../../services/navigation';
import { ROUTES } from '../../services/routes';
import { useElder } from '../../state/elder';

/**
 * The services as large tiles: four in two columns, or, in elder mode, the same four in one
 * column without descriptions (applying for a card, and following it, is often why they came).
 */
export function Tiles({ onApplications }: { onApplications(): void }) {
  const { t } = useI18n();
  const { elder } = useElder();
  const card = <Tile key="card" glyph="▣" title={t('home.card')} wide={elder} description={elder ? undefined : t('account.home.cardHint')} onClick={() => void openPage(ROUTES.card)} />;
  const records = (
    <Tile key="records" glyph="¥" title={t('home.records')} wide={elder} description={elder ? undefined : t('account.home.recordsHint')} onClick={() => void openPage(ROUTES.recordsSummary)} />
  );
  const help = <Tile key="help" glyph="?" title={t('home.help')} wide={elder} description={elder ? undefined : t('account.home.helpHint')} onClick={() => void openPage(ROUTES.help)} />;
  const applications = (
    <Tile key="applications" glyph="↻" title={t('home.applications')} wide={elder} description={elder ? undefined : t('account.home.applicationsHint')} onClick={onApplications} />
  );
  return <View className={elder ? 'home__tiles home__tiles--elder' : 'home__tiles'}>{[card, records, applications, help]}</View>;
}
