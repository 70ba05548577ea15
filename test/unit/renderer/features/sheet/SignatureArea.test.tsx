// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Signature } from '../../../../../core/model/plan-document';
import { SignatureArea } from '../../../../../renderer/features/sheet/SignatureArea';

afterEach(cleanup);

describe('SignatureArea', () => {
  it('draws Nơi nhận as the .docx prints it: "-" / "+" markers, ":" before nested entries, ";" and a final "." and the signer lines from the model', async () => {
    const signature: Signature = { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Trần Văn Nam' };
    const view = render(
      <SignatureArea
        signature={signature}
        recipients={[{ text: 'Các sở, ban, ngành', depth: 0 }, { text: 'Sở Nội vụ', depth: 1 }, { text: 'Lưu: VT, VX', depth: 0 }]}
        readOnly
        onSignature={vi.fn()}
        onRecipients={vi.fn()}
      />,
    );
    expect({
      recipients: [...view.container.querySelectorAll('.recipients__list li')].map((li) => li.textContent),
      signer: [...view.container.querySelectorAll('.signer__line, .signer__name')].map((el) => el.textContent),
    }).toEqual({
      recipients: ['- Các sở, ban, ngành:', '+ Sở Nội vụ;', '- Lưu: VT, VX.'],
      signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Nam'],
    });
  });

  it('fills the signer block from a preset, keeping the name', async () => {
    const onSignature = vi.fn();
    const signature: Signature = { onBehalfOf: null, authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH', name: 'Lò Văn Pâng' };
    const user = userEvent.setup();
    render(<SignatureArea signature={signature} recipients={[]} readOnly={false} onSignature={onSignature} onRecipients={vi.fn()} />);
    await user.click(screen.getByLabelText('Sửa khối chữ ký'));
    await user.selectOptions(screen.getByLabelText('Mẫu khối chữ ký'), '1');
    expect(onSignature.mock.calls.at(-1)?.[0]).toEqual({ onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Lò Văn Pâng' });
  });
});
