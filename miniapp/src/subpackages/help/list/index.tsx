import { Text, View } from '@tarojs/components';
import { a11y } from '../../../components/a11y';
import { groupArticles } from '../../../components/help/articles';
import { Hotline } from '../../../components/help/Hotline';
import { Page } from '../../../components/Page';
import { PageState } from '../../../components/PageState';
import { Section } from '../../../components/Section';
import { useResource } from '../../../hooks/useResource';
import { useI18n } from '../../../i18n';
import { getHelpIndex } from '../../../services/api/help';
import { openPage } from '../../../services/navigation';
import { ROUTES, routeUrl } from '../../../services/routes';
import './index.scss';

/** Help articles by category, in the app's language, with the hotline first and the privacy policy last. */
export default function HelpPage() {
  const { t, locale } = useI18n();
  const index = useResource(getHelpIndex, { deps: [locale] });
  return (
    <Page title="help.list">
      <Hotline />
      <PageState resource={index} isEmpty={(data) => data.articles.length === 0} emptyText={t('help.empty')}>
        {(data) => (
          <View>
            {groupArticles(data).map((group) => (
              <Section key={group.id} title={group.title}>
                <View {...a11y({ role: 'list' })}>
                  {group.articles.map((article) => (
                    <View
                      key={article.slug}
                      className="help__item"
                      {...a11y({ role: 'link' })}
                      aria-label={t('help.openArticle', { title: article.title })}
                      onClick={() => void openPage(routeUrl('helpArticle', { slug: article.slug }))}
                    >
                      <Text className="help__title">{article.title}</Text>
                      <Text className="muted help__summary">{article.summary}</Text>
                    </View>
                  ))}
                </View>
              </Section>
            ))}
          </View>
        )}
      </PageState>
      <Section>
        <View className="help__item" {...a11y({ role: 'link' })} aria-label={t('help.privacyLink')} onClick={() => void openPage(ROUTES.privacy)}>
          <Text className="help__title">{t('help.privacyLink')}</Text>
          <Text className="muted help__summary">{t('help.privacyHint')}</Text>
        </View>
      </Section>
    </Page>
  );
}
