import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { PageState } from '../../components/PageState';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n';
import { getAccessLog } from '../../services/api/me';
import { actionWords, actorWords } from './access-words';

const PAGE = 10;

/** Who read or changed the person's data, newest first, in plain words (GET /me/access-log). */
function AccessList() {
  const { t, dateTime } = useI18n();
  const log = useResource(getAccessLog);
  const [shown, setShown] = useState(PAGE);
  const actor = (code: string) => {
    const words = actorWords(code);
    return words.key === 'account.access.actor.system' ? t(words.key, { name: words.name }) : t(words.key);
  };
  const action = (code: string) => {
    const words = actionWords(code);
    return words.key === 'account.access.action.other' ? t(words.key, { code: words.code }) : t(words.key);
  };
  return (
    <PageState resource={log} isEmpty={(data) => data.entries.length === 0} emptyText={t('account.access.empty')}>
      {(data) => (
        <View>
          {data.entries.slice(0, shown).map((entry, index) => (
            <View key={`${entry.at}-${index}`} className="me__entry">
              <Text className="me__entry-what">{action(entry.action)}</Text>
              <Text className="muted me__hint">{`${actor(entry.actor)} · ${dateTime(entry.at)}`}</Text>
            </View>
          ))}
          {data.entries.length > shown ? (
            <Button kind="secondary" onClick={() => setShown((n) => n + PAGE)}>
              {t('account.access.more')}
            </Button>
          ) : null}
        </View>
      )}
    </PageState>
  );
}

/** Closed at first: the list loads only when the person asks for it. */
export function AccessLog() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <View>
      <Text className="muted me__hint me__label">{t('account.access.lead')}</Text>
      {open ? (
        <AccessList />
      ) : (
        <Button kind="secondary" onClick={() => setOpen(true)}>
          {t('account.access.show')}
        </Button>
      )}
    </View>
  );
}
