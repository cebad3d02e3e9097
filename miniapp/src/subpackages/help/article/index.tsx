import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { a11y } from '../../../components/a11y';
import { HelpBlocks } from '../../../components/help/HelpBlocks';
import { Hotline } from '../../../components/help/Hotline';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getHelpArticle } from '../../../services/api/help';
import './index.scss';

/** One help article, drawn from its typed blocks; reloads in the new language when the app's changes. */
export default function HelpArticlePage() {
  const { t, locale, date } = useI18n();
  const slug = useRouter().params.slug ?? '';
  const article = useResource(() => getHelpArticle(slug), { deps: [slug, locale] });
  return (
    <Page title="help.article">
      <PageState resource={article}>
        {(data) => (
          <Section>
            <Text className="article__title" {...a11y({ role: 'heading' })} aria-level={1}>
              {data.title}
            </Text>
            <HelpBlocks blocks={data.body} />
            <Text className="muted article__updated">{t('help.updatedAt', { date: date(data.updatedAt) })}</Text>
          </Section>
        )}
      </PageState>
      <Hotline />
    </Page>
  );
}
